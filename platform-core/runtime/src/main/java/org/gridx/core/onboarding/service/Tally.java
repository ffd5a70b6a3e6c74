package org.gridx.core.onboarding.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Counts outcomes of one kind of item during an import; becomes a {@link KindCounts} for the report. */
final class Tally {

    enum Outcome { CREATED, UPDATED, UNCHANGED }

    private int created;
    private int updated;
    private int unchanged;
    private final List<String> absent = new ArrayList<>();

    Outcome count(Outcome outcome) {
        switch (outcome) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
        }
        return outcome;
    }

    /** Outcome of an item that was new, or existed and did or did not differ. */
    Outcome count(boolean isNew, boolean changed) {
        return count(isNew ? Outcome.CREATED : changed ? Outcome.UPDATED : Outcome.UNCHANGED);
    }

    void absent(Collection<String> keys) {
        keys.stream().sorted().forEach(absent::add);
    }

    KindCounts counts() {
        return new KindCounts(created, updated, unchanged, absent);
    }
}
