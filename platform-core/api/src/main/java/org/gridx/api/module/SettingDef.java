package org.gridx.api.module;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridx.api.i18n.LocalizedText;

/**
 * One typed, validated module setting with its default. Values travel as JSON scalars (boolean, number,
 * string); {@link #validate} says in words what is wrong and what would be accepted.
 */
public record SettingDef(String key, SettingType type, Object defaultValue, LocalizedText label,
        Long min, Long max, List<String> choices) {

    public SettingDef {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static SettingDef bool(String key, boolean dflt, String zh, String en) {
        return new SettingDef(key, SettingType.BOOLEAN, dflt, LocalizedText.of(zh, en), null, null, null);
    }

    public static SettingDef integer(String key, long dflt, long min, long max, String zh, String en) {
        return new SettingDef(key, SettingType.INTEGER, dflt, LocalizedText.of(zh, en), min, max, null);
    }

    public static SettingDef text(String key, String dflt, int maxLength, String zh, String en) {
        return new SettingDef(key, SettingType.TEXT, dflt, LocalizedText.of(zh, en), 0L, (long) maxLength, null);
    }

    public static SettingDef choice(String key, String dflt, List<String> choices, String zh, String en) {
        return new SettingDef(key, SettingType.CHOICE, dflt, LocalizedText.of(zh, en), null, null, choices);
    }

    /** Problems with {@code value} for this setting; empty when it is acceptable. */
    public Optional<String> validate(Object value) {
        if (value == null) {
            return Optional.of("is required");
        }
        return switch (type) {
            case BOOLEAN -> value instanceof Boolean ? Optional.empty() : Optional.of("must be true or false");
            case INTEGER -> validateInteger(value);
            case TEXT -> value instanceof String s && (max == null || s.length() <= max)
                    ? Optional.empty() : Optional.of("must be text of at most " + max + " characters");
            case CHOICE -> value instanceof String s && choices.contains(s)
                    ? Optional.empty() : Optional.of("must be one of " + choices);
        };
    }

    private Optional<String> validateInteger(Object value) {
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            return Optional.of("must be a whole number from " + min + " to " + max);
        }
        long v = n.longValue();
        return (min != null && v < min) || (max != null && v > max)
                ? Optional.of("must be from " + min + " to " + max + ", was " + v) : Optional.empty();
    }

    /** Problems of the declaration itself (checked by the registry at startup). */
    public List<String> declarationProblems() {
        List<String> problems = new ArrayList<>();
        if (key == null || !key.matches("[a-z][a-zA-Z0-9-]*")) {
            problems.add("setting key '" + key + "' must start with a lower-case letter and use letters, digits, '-'");
        }
        validate(defaultValue).ifPresent(p -> problems.add("default of setting '" + key + "' " + p));
        return problems;
    }
}
