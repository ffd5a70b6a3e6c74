package org.gridx.core.elements.service;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Checks one resident input and reports every problem by field name (the API turns them into JSON
 * pointers, the import into row/column). Gender accepts 男/女 and male/female; the birth year, when
 * missing, comes from the ID number and must agree with it when given.
 */
public final class ResidentCheck {

    private ResidentCheck() {
    }

    public record Result(ResidentDraft draft, Map<String, String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** {@code grids} maps a grid code to its node id when it exists and the caller may write there, else null. */
    public static Result check(ResidentInput in, Function<String, UUID> grids) {
        Map<String, String> p = new LinkedHashMap<>();
        String name = trim(in.name());
        if (name == null || name.length() > 50) {
            p.put("name", "is required, at most 50 characters");
        }
        String gender = gender(in.gender());
        if (gender == null) {
            p.put("gender", "must be 男/女 or male/female");
        }
        String idCard = blankToNull(IdCardNumber.normalise(in.idCard()));
        if (idCard != null) {
            IdCardNumber.problem(idCard).ifPresent(m -> p.put("idCard", m));
        }
        Integer birthYear = in.birthYear();
        if (birthYear != null && (birthYear < 1880 || birthYear > Year.now().getValue())) {
            p.put("birthYear", "must be a year between 1880 and this year");
        } else if (idCard != null && !p.containsKey("idCard")) {
            int fromId = IdCardNumber.birthYear(idCard);
            if (birthYear != null && birthYear != fromId) {
                p.put("birthYear", "does not match the ID number's birth year " + fromId);
            }
            birthYear = fromId;
        }
        String phone = blankToNull(MobileNumber.normalise(in.phone()));
        if (phone != null) {
            MobileNumber.problem(phone).ifPresent(m -> p.put("phone", m));
        }
        String gridCode = trim(in.gridCode());
        UUID grid = gridCode == null ? null : grids.apply(gridCode);
        if (grid == null) {
            p.put("gridCode", gridCode == null ? "is required: the code of the resident's grid"
                    : "no grid " + gridCode + " in your scope of this tenant");
        }
        String household = blankToNull(trim(in.householdCode()));
        if (household != null && !household.matches("[A-Za-z0-9-]{1,32}")) {
            p.put("householdCode", "letters, digits and dashes only, at most 32");
        }
        List<String> tags = new ArrayList<>();
        for (String t : in.tags() == null ? List.<String>of() : in.tags()) {
            if (t != null && !t.isBlank()) {
                ResidentTags.code(t).ifPresentOrElse(c -> { if (!tags.contains(c)) tags.add(c); },
                        () -> p.put("tags", "unknown special group '" + t.trim() + "'; known: " + String.join(", ", ResidentTags.ALL.keySet())));
            }
        }
        return new Result(p.isEmpty() ? new ResidentDraft(name, gender, birthYear, idCard, phone, grid, household,
                blankToNull(trim(in.address())), tags) : null, p);
    }

    private static String gender(String v) {
        String g = trim(v);
        if (g == null) {
            return null;
        }
        return switch (g.toLowerCase()) {
            case "男", "male", "m" -> "male";
            case "女", "female", "f" -> "female";
            default -> null;
        };
    }

    private static String trim(String v) {
        return v == null ? null : blankToNull(v.trim());
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v;
    }
}
