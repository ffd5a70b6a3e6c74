package org.gridx.core.onboarding.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.gridx.api.identity.TokenClaims;
import org.gridx.api.problem.ProblemException;

/**
 * Operators are global accounts whose tokens carry no tenant. {@code @RolesAllowed} checks the role; this
 * also refuses a tenant token that somehow lists the operator role, so no tenant account can ever reach
 * the operator API.
 */
@RequestScoped
public class OperatorOnly {

    @Inject
    JsonWebToken token;

    /** The operator's username, for the record. */
    public String require() {
        if (token.getClaim(TokenClaims.TENANT) != null) {
            throw ProblemException.forbidden("The operator API needs a platform operator's sign-in; "
                    + "a tenant account's token is not accepted here.");
        }
        return token.getName();
    }
}
