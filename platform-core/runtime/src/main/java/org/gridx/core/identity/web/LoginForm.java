package org.gridx.core.identity.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.identity.rest.LoginRequest;
import org.gridx.core.problem.RetryLater;
import org.gridx.core.web.AppMessages;
import org.gridx.core.web.RequestLocale;
import org.gridx.core.web.Texts;

/**
 * What a sign-in form says back, in the page's language. The form is checked with the same Bean
 * Validation constraints as the JSON API, but a person gets the form again with a message, not JSON.
 */
@RequestScoped
public class LoginForm {

    @Inject
    Validator validator;
    @Inject
    RequestLocale locale;
    @Inject
    RoutingContext rc;

    /** A message when the fields break the constraints of {@link LoginRequest}; null when they are fine. */
    public String invalid(String username, String password) {
        return validator.validate(new LoginRequest(username, password)).isEmpty() ? null : texts().login_missing();
    }

    public String message(ProblemException e) {
        return e instanceof RetryLater later ? texts().login_locked(later.seconds()) : texts().login_failed();
    }

    public Response failed(ProblemException e, Object page) {
        Response.ResponseBuilder r = Response.status(e.problem().status()).entity(page);
        if (e instanceof RetryLater later) {
            r.header("Retry-After", later.seconds());
        }
        return r.build();
    }

    private AppMessages texts() {
        return Texts.in(locale.get());
    }
}
