package org.gridx.core.open311.rest;

import jakarta.ws.rs.WebApplicationException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.gridx.api.problem.Problem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.open311.service.Open311Exception;
import org.gridx.core.problem.DatabaseErrors;

/**
 * Failures from the rest of the platform (the loop's intake, the database, the REST layer) restated in
 * Open311's terms: the same status (a 422 is the spec's 400), the problem's detail and, per field, what
 * was wrong under the spec's field name (long, not lon).
 */
final class Open311Errors {

    private Open311Errors() {
    }

    static Open311Exception translate(Throwable e) {
        if (e instanceof Open311Exception o) {
            return o;
        }
        if (e instanceof ProblemException p) {
            return of(p.problem());
        }
        if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            int status = w.getResponse().getStatus();
            return new Open311Exception(status, List.of(status == 404 ? "Nothing is at this address." : String.valueOf(w.getMessage())));
        }
        SQLException sql = DatabaseErrors.sqlCause(e);
        Problem p = sql == null ? null : DatabaseErrors.toProblem(sql);
        if (p != null) {
            return of(p);
        }
        return new Open311Exception(500, List.of("Something failed on our side; nothing you sent was recorded. "
                + "Try again, and tell the tenant if it persists."));
    }

    private static Open311Exception of(Problem p) {
        List<String> descriptions = new ArrayList<>();
        descriptions.add(p.title() + ": " + p.detail());
        p.errors().forEach(f -> descriptions.add(field(f.pointer()) + ": " + f.message()));
        return new Open311Exception(p.status() == 422 ? 400 : p.status(), descriptions);
    }

    private static String field(String pointer) {
        return switch (pointer) {
            case "/lon" -> "long";
            case "/lat" -> "lat";
            case "/itemCode" -> "service_code";
            case "/address" -> "address_string";
            case "/gridCode" -> "address_string";
            default -> pointer.replaceFirst("^/", "");
        };
    }
}
