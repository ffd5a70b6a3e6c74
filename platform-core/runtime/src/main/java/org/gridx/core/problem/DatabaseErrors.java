package org.gridx.core.problem;

import java.sql.SQLException;
import org.gridx.api.problem.Problem;

/** Recognises the PostgreSQL errors that are the caller's doing, not the platform's. */
public final class DatabaseErrors {

    /** Row-level security refused the row: it belongs to another tenant, so to the caller it does not exist. */
    public static final String INSUFFICIENT_PRIVILEGE = "42501";
    public static final String UNIQUE_VIOLATION = "23505";
    public static final String FOREIGN_KEY_VIOLATION = "23503";
    public static final String CHECK_VIOLATION = "23514";
    /** Two transactions waited on each other (e.g. two cases merged into each other at once): one gives way. */
    public static final String SERIALIZATION_FAILURE = "40001";
    public static final String DEADLOCK_DETECTED = "40P01";

    private DatabaseErrors() {
    }

    public static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    public static Problem toProblem(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            return null;
        }
        return switch (state) {
            case INSUFFICIENT_PRIVILEGE -> Problem.of(404, "Not found",
                    "Nothing of yours is at this address.");
            case UNIQUE_VIOLATION -> Problem.of(409, "Already exists",
                    "Something with the same code or name already exists; choose another or update the existing one.");
            case FOREIGN_KEY_VIOLATION -> Problem.of(422, "Unknown reference",
                    "The request refers to something that does not exist in this tenant; check the codes you sent.");
            case CHECK_VIOLATION -> Problem.of(422, "Invalid value",
                    "A value is outside what is allowed (code format, status, number range); check the fields you sent.");
            case SERIALIZATION_FAILURE, DEADLOCK_DETECTED -> Problem.of(409, "Changed meanwhile",
                    "Someone else changed this record at the same moment; reload it and try again.");
            default -> null;
        };
    }
}
