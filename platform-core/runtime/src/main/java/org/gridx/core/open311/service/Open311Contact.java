package org.gridx.core.open311.service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The person behind a posted request: name and contact go to the case (so the centre can call back and the
 * reporter can be told the result), are checked here, and never appear in any Open311 answer.
 */
final class Open311Contact {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{2,24}");
    private static final Pattern URL = Pattern.compile("https?://[^\\s]{3,290}", Pattern.CASE_INSENSITIVE);
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    private Open311Contact() {
    }

    static List<String> check(Open311Post p) {
        List<String> errors = new ArrayList<>();
        if (p.email() != null && (p.email().length() > 100 || !EMAIL.matcher(p.email()).matches())) {
            errors.add("email: '" + p.email() + "' is not an e-mail address such as name@example.com.");
        }
        if (p.phone() != null && !PHONE.matcher(p.phone()).matches()) {
            errors.add("phone: '" + p.phone() + "' is not a phone number; digits, spaces, ( ) - and a leading + only.");
        }
        if (p.firstName() != null && p.firstName().length() > 50 || p.lastName() != null && p.lastName().length() > 50) {
            errors.add("first_name/last_name: at most 50 characters each.");
        }
        if (p.mediaUrl() != null && !URL.matcher(p.mediaUrl()).matches()) {
            errors.add("media_url: an http or https URL of at most 300 characters, e.g. https://example.com/photo.jpg.");
        }
        return errors;
    }

    /** Chinese names read family name first with no space (吴秀花); others first name first. */
    static String name(Open311Post p) {
        if (p.firstName() == null || p.lastName() == null) {
            return p.firstName() != null ? p.firstName() : p.lastName();
        }
        boolean han = CJK.matcher(p.firstName()).find() && CJK.matcher(p.lastName()).find();
        return han ? p.lastName() + p.firstName() : p.firstName() + " " + p.lastName();
    }

    static String contact(Open311Post p) {
        if (p.email() != null && p.phone() != null) {
            return p.phone() + " / " + p.email();
        }
        return p.email() != null ? p.email() : p.phone();
    }
}
