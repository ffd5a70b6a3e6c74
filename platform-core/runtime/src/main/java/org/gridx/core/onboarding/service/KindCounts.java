package org.gridx.core.onboarding.service;

import java.util.List;

/**
 * What an import did to one kind of item. {@code absent} lists items in the database but not in the
 * definition: they are reported and left alone, never deleted (cases and history may point at them).
 */
public record KindCounts(int created, int updated, int unchanged, List<String> absent) {

    public KindCounts {
        absent = List.copyOf(absent);
    }

    public boolean changed() {
        return created > 0 || updated > 0;
    }
}
