package org.gridx.core.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.gridx.api.problem.Problem;

/** Builds problem+json responses. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem, UriInfo uri) {
        Problem p = problem.instance() == null && uri != null ? problem.withInstance("/" + uri.getPath().replaceFirst("^/", "")) : problem;
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    /** A Bean Validation property path ({@code create.body.name}) as a JSON pointer ({@code /name}). */
    static String fieldOf(String propertyPath) {
        String[] parts = propertyPath.split("\\.");
        int start = parts.length > 2 ? 2 : parts.length - 1;
        return "/" + String.join("/", java.util.Arrays.copyOfRange(parts, start, parts.length));
    }
}
