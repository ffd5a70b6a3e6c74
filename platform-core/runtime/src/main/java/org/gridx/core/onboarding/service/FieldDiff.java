package org.gridx.core.onboarding.service;

import java.util.Objects;

/**
 * Compare-and-assign for upserts: {@code n.name = diff.apply(n.name, wanted)} keeps the current value
 * when equal (so Hibernate sees nothing dirty and writes nothing) and remembers whether anything differed,
 * which is what makes a re-import a no-op.
 */
final class FieldDiff {

    private boolean changed;

    <T> T apply(T current, T wanted) {
        if (Objects.equals(current, wanted)) {
            return current;
        }
        changed = true;
        return wanted;
    }

    boolean changed() {
        return changed;
    }
}
