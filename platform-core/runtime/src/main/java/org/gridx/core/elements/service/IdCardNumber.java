package org.gridx.core.elements.service;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** The 18-digit resident identity-card number of GB 11643: region, birth date, sequence, ISO 7064 check. */
public final class IdCardNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdCardNumber() {
    }

    /** Why {@code value} is not a valid number, or empty when it is; lower-case x is accepted. */
    public static Optional<String> problem(String value) {
        if (value == null || !value.matches("[0-9]{17}[0-9Xx]")) {
            return Optional.of("must be 18 characters: 17 digits and a check digit (0-9 or X)");
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
            if (birth.getYear() < 1880 || birth.isAfter(LocalDate.now())) {
                return Optional.of("birth date " + birth + " is not plausible");
            }
        } catch (DateTimeException e) {
            return Optional.of("digits 7-14 are not a valid birth date (yyyyMMdd)");
        }
        char expected = checkDigit(value);
        return Character.toUpperCase(value.charAt(17)) == expected ? Optional.empty()
                : Optional.of("check digit is wrong (expected " + expected + "): check for a mistyped digit");
    }

    static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    public static String normalise(String value) {
        return value == null ? null : value.trim().toUpperCase();
    }

    public static int birthYear(String value) {
        return Integer.parseInt(value.substring(6, 10));
    }

    /** Region (4 digits) and the last 4 stay visible: 1506**********1234. */
    public static String mask(String value) {
        return value.substring(0, 4) + "*".repeat(10) + value.substring(14);
    }
}
