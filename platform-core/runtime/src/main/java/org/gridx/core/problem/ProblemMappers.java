package org.gridx.core.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.gridx.api.problem.Problem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.web.ErrorPages;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem that says what was wrong and how to fix it. Database
 * errors that mean "not yours" (row-level security) or "already exists" become 404 and 409, never 500.
 * Browsers on pages get the same problem as an HTML page, and "not signed in" as a redirect to sign-in.
 */
public class ProblemMappers {

    @Inject
    ErrorPages pages;

    @ServerExceptionMapper
    public Response problem(ProblemException e, ContainerRequestContext req) {
        Response r = respond(e.problem(), req);
        if (e instanceof RetryLater later) {
            r.getHeaders().putSingle("Retry-After", String.valueOf(later.seconds()));
        }
        return r;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, ContainerRequestContext req) {
        List<Problem.FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldProblem(ProblemResponses.fieldOf(v.getPropertyPath().toString()),
                        v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldProblem::pointer))
                .toList();
        return respond(Problem.of(400, "Invalid input",
                "Some fields are missing or wrong; see 'errors' for each one.").withErrors(errors), req);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, ContainerRequestContext req) {
        return respond(Problem.of(400, "Unreadable body",
                "The request body is not valid JSON of the expected shape: " + e.getOriginalMessage()), req);
    }

    /**
     * A value of the wrong type ("lon": "east", a malformed UUID): named by its JSON pointer. Without this
     * mapper the JSON provider's own one answers with a bare, non-problem body.
     */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, ContainerRequestContext req) {
        String pointer = "/" + e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                : String.valueOf(r.getIndex())).collect(Collectors.joining("/"));
        String expected = e.getTargetType() == null ? "a value of another type" : expected(e.getTargetType());
        return respond(Problem.of(400, "Unreadable body", "A value in the body has the wrong type; see 'errors'.")
                .withErrors(List.of(new Problem.FieldProblem(pointer, "expected " + expected))), req);
    }

    private static String expected(Class<?> type) {
        if (type == java.util.UUID.class) {
            return "an id (UUID) such as 0190a7b2-7c1e-7d3a-9f00-1234567890ab";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return type == String.class ? "text" : "a " + type.getSimpleName();
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, ContainerRequestContext req) {
        if (ErrorPages.wantsPage(req)) {
            return ErrorPages.signIn(req, true);
        }
        return notSignedIn(req);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, ContainerRequestContext req) {
        if (ErrorPages.wantsPage(req)) {
            return ErrorPages.signIn(req, false);
        }
        return notSignedIn(req);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ContainerRequestContext req) {
        return respond(Problem.of(403, "Not allowed",
                "Your roles do not allow this. Ask your tenant administrator for the role it needs."), req);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, ContainerRequestContext req) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse(); // redirects and the like are answers, not errors
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        String detail = status == 404 ? "Nothing is at this address." : e.getMessage();
        return respond(Problem.of(status, title, detail), req);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, ContainerRequestContext req) {
        if (isLostRace(e)) {
            return respond(Problem.of(409, "Changed meanwhile",
                    "Someone else changed this record at the same moment and was first; reload it and decide again."), req);
        }
        SQLException sql = DatabaseErrors.sqlCause(e);
        if (sql != null) {
            Problem p = DatabaseErrors.toProblem(sql);
            if (p != null) {
                return respond(p, req);
            }
        }
        Log.errorf(e, "unexpected failure on %s", req.getUriInfo().getPath());
        return respond(Problem.of(500, "Internal error",
                "Something failed on our side; nothing you sent was lost. Try again, and report it if it persists."),
                req);
    }

    /** Optimistic locking lost (two dispatchers on one case): the other person's change stands. */
    private static boolean isLostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }

    private Response notSignedIn(ContainerRequestContext req) {
        return respond(Problem.of(401, "Not signed in",
                "The access token is missing, expired or not valid here. Sign in again."), req);
    }

    private Response respond(Problem p, ContainerRequestContext req) {
        if (ErrorPages.wantsPage(req)) {
            try {
                return pages.page(p, req);
            } catch (RuntimeException renderFailed) {
                Log.errorf(renderFailed, "could not render the error page for %s", req.getUriInfo().getPath());
            }
        }
        return ProblemResponses.of(p, req.getUriInfo());
    }
}
