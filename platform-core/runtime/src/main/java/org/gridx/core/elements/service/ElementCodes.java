package org.gridx.core.elements.service;

import java.util.Optional;

/**
 * The code formats of things and organisations: GB/T 47678.5 catalogue codes (5 digits), 16-digit
 * component object codes (6 administrative division + 2 major + 2 minor + 6 serial) and the 18-character
 * unified social credit code of GB 32100 with its check character.
 */
public final class ElementCodes {

    private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private ElementCodes() {
    }

    public static Optional<String> catalogueProblem(String code) {
        return code != null && code.matches("[0-9]{5}") ? Optional.empty()
                : Optional.of("must be a 5-digit GB/T 47678.5 code: 2-digit major class + 3-digit minor class");
    }

    /** The object code must also start with the catalogue's major class and the tenant's division. */
    public static Optional<String> objectCodeProblem(String code, String catalogueCode, String division) {
        if (code == null || !code.matches("[0-9]{16}")) {
            return Optional.of("must be 16 digits: 6 administrative division + 2 major + 2 minor + 6 serial");
        }
        if (division != null && !code.startsWith(division)) {
            return Optional.of("must start with the tenant's administrative division " + division);
        }
        if (catalogueCode != null && catalogueCode.length() == 5 && !code.substring(6, 8).equals(catalogueCode.substring(0, 2))) {
            return Optional.of("digits 7-8 must be the catalogue code's major class " + catalogueCode.substring(0, 2));
        }
        return Optional.empty();
    }

    public static Optional<String> creditCodeProblem(String code) {
        if (code == null || !code.matches("[0-9A-HJ-NPQRTUWXY]{18}")) {
            return Optional.of("must be 18 characters of digits and capital letters (no I, O, S, V, Z)");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARS.indexOf(code.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        char expected = CREDIT_CHARS.charAt((31 - sum % 31) % 31);
        return code.charAt(17) == expected ? Optional.empty()
                : Optional.of("check character is wrong (expected " + expected + "): check for a mistyped character");
    }
}
