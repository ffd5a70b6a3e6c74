package org.gridx.core.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.List;
import org.gridx.api.problem.Problem;
import org.gridx.api.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem that says what was wrong and how to fix it. Database
 * errors that mean "not yours" (row-level security) or "already exists" become 404 and 409, never 500.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldProblem(ProblemResponses.fieldOf(v.getPropertyPath().toString()),
                        v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldProblem::pointer))
                .toList();
        return ProblemResponses.of(Problem.of(400, "Invalid input",
                "Some fields are missing or wrong; see 'errors' for each one.").withErrors(errors), uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return ProblemResponses.of(Problem.of(400, "Unreadable body",
                "The request body is not valid JSON of the expected shape: " + e.getOriginalMessage()), uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri) {
        return ProblemResponses.of(Problem.of(401, "Not signed in",
                "The access token is missing, expired or not valid here. Sign in again."), uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(null, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(Problem.of(403, "Not allowed",
                "Your roles do not allow this. Ask your tenant administrator for the role it needs."), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        String detail = status == 404 ? "Nothing is at this address." : e.getMessage();
        return ProblemResponses.of(Problem.of(status, title, detail), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        SQLException sql = DatabaseErrors.sqlCause(e);
        if (sql != null) {
            Problem p = DatabaseErrors.toProblem(sql);
            if (p != null) {
                return ProblemResponses.of(p, uri);
            }
        }
        Log.errorf(e, "unexpected failure on %s", uri.getPath());
        return ProblemResponses.of(Problem.of(500, "Internal error",
                "Something failed on our side; nothing you sent was lost. Try again, and report it if it persists."),
                uri);
    }
}
