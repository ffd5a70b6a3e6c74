package org.gridx.core.assessment.fact;

import java.time.LocalDate;
import java.util.List;

/** Where a case is counted: the day it was reported and its key in each dimension. */
record CaseKeys(LocalDate day, String grid, String department, String person, String item) {

    String key(StatDimension d) {
        return switch (d) {
            case GRID -> grid;
            case DEPARTMENT -> department;
            case PERSON -> person;
            case GRID_ITEM -> grid + "|" + item;
        };
    }

    List<StatRowKey> rows() {
        return java.util.Arrays.stream(StatDimension.values()).map(d -> new StatRowKey(d, key(d), d.bucket(day))).toList();
    }
}
