package org.gridx.core.open311.service;

import java.util.List;
import org.gridx.core.casework.domain.CaseState;

/**
 * How the loop's states read to Open311 clients. GeoReport v2 knows only open and closed: open while the
 * case is still moving through the loop, closed once it left it (closed, evaluated, rejected or merged).
 * mySociety's updates carry its finer states, so a resident's app can say "in progress" or "fixed":
 * verified → INVESTIGATING, dispatched → ACTION_SCHEDULED, accepted/handled → IN_PROGRESS (not FIXED until
 * the grid worker checked it on site), closed/evaluated → FIXED, rejected → NO_FURTHER_ACTION, merged → DUPLICATE.
 */
public final class Open311Status {

    public static final String OPEN = "open";
    public static final String CLOSED = "closed";
    public static final List<String> ALL = List.of(OPEN, CLOSED);

    private Open311Status() {
    }

    public static String of(CaseState state) {
        return state.open() || state == CaseState.NEW ? OPEN : CLOSED;
    }

    /** The loop states a GeoReport status stands for, for queries. */
    public static List<String> states(String status) {
        return java.util.Arrays.stream(CaseState.values()).filter(s -> s != CaseState.NEW && of(s).equals(status))
                .map(CaseState::code).toList();
    }

    public static String update(CaseState state) {
        return switch (state) {
            case NEW, REPORTED -> "OPEN";
            case REGISTERED -> "INVESTIGATING";
            case DISPATCHED -> "ACTION_SCHEDULED";
            case ACCEPTED, HANDLED -> "IN_PROGRESS";
            case CLOSED, EVALUATED -> "FIXED";
            case REJECTED -> "NO_FURTHER_ACTION";
            case MERGED -> "DUPLICATE";
        };
    }
}
