package org.gridx.api.grid;

import java.util.Optional;

/**
 * A grid code in the GB/T 30428.1 style: 6 digits of administrative division, then 3 each for street,
 * community and grid. Shorter prefixes name higher levels: 9 digits a street, 12 a community, 15 a grid;
 * a 6-digit code names the banner/county itself.
 */
public record GridCode(String value) {

    public GridCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("grid code '" + value + "' must be 6, 9, 12 or 15 digits");
        }
    }

    public static boolean isValid(String value) {
        return value != null && value.matches("\\d{6}(\\d{3}){0,3}");
    }

    public static Optional<GridCode> parse(String value) {
        return isValid(value) ? Optional.of(new GridCode(value)) : Optional.empty();
    }

    /** 0 = banner/county, 1 = street, 2 = community, 3 = grid (the levels of DOMAIN.md). */
    public int level() {
        return (value.length() - 6) / 3;
    }

    public boolean isParentOf(GridCode child) {
        return child.value.length() == value.length() + 3 && child.value.startsWith(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
