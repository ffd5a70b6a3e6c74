package org.gridx.core.elements.service;

import java.util.Optional;

/** A mainland China mobile number: 11 digits starting 13-19; an optional +86/86 prefix and spaces or dashes are dropped. */
public final class MobileNumber {

    private MobileNumber() {
    }

    public static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String digits = value.replaceAll("[\\s-]", "");
        return digits.replaceFirst("^(\\+86|0086|86)(?=1[3-9][0-9]{9}$)", "");
    }

    public static Optional<String> problem(String normalised) {
        return normalised != null && normalised.matches("1[3-9][0-9]{9}") ? Optional.empty()
                : Optional.of("must be a mainland mobile number: 11 digits starting with 13-19");
    }

    public static String mask(String value) {
        return value.substring(0, 3) + "****" + value.substring(7);
    }
}
