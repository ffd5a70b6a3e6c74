package org.gridx.core.resident.service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.elements.domain.Place;
import org.gridx.core.elements.service.MobileNumber;

/**
 * Checks a registration or profile change field by field, so the API and the page say the same thing about
 * each wrong field (with a JSON pointer the page maps back to its input).
 */
final class RegistrationCheck {

    static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    static final int PASSWORD_MIN = 8;

    private final List<FieldProblem> problems = new ArrayList<>();

    void username(String u) {
        if (u == null || !USERNAME.matcher(u).matches()) {
            add("/username", "3 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter, e.g. li.min");
        }
    }

    void password(String p) {
        if (p == null || p.length() < PASSWORD_MIN || p.length() > 128) {
            add("/password", "at least " + PASSWORD_MIN + " characters (at most 128); a short sentence is easy to remember");
        }
    }

    String displayName(String n) {
        if (n == null || n.isBlank() || n.strip().length() > 100) {
            add("/displayName", "your name as neighbours know it, 1 to 100 characters");
            return null;
        }
        return n.strip();
    }

    /** The phone normalised (or null); adds a problem when neither phone nor e-mail is usable. */
    String[] contact(String phone, String email) {
        String p = phone == null || phone.isBlank() ? null : MobileNumber.normalise(phone);
        String e = email == null || email.isBlank() ? null : email.strip();
        if (p == null && e == null) {
            add("/phone", "a mobile number or an e-mail address, so the grid worker can reach you");
        }
        if (p != null) {
            MobileNumber.problem(p).ifPresent(m -> add("/phone", m));
        }
        if (e != null && (e.length() > 254 || !EMAIL.matcher(e).matches())) {
            add("/email", "an e-mail address such as name@example.com");
        }
        return new String[] {p, e};
    }

    /** The household place: a unit or house of this tenant. */
    Place household(java.util.UUID placeId) {
        Place p = placeId == null ? null : Place.findById(placeId);
        if (p == null || !("unit".equals(p.kind) || "house".equals(p.kind))) {
            add("/placeId", "pick your compound, building and unit (or house) from the lists of this street");
            return null;
        }
        return p;
    }

    void add(String pointer, String message) {
        problems.add(new FieldProblem(pointer, message));
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("Some fields need fixing; each one says how.", problems);
        }
    }
}
