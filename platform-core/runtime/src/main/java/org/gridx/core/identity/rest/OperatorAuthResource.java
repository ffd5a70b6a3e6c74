package org.gridx.core.identity.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.gridx.core.identity.service.OperatorLogin;

/** Sign-in of platform operators; the token has no tenant and only the platform-operator role. */
@Path("/api/operator/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OperatorAuthResource {

    @Inject
    OperatorLogin login;

    @POST
    @Path("login")
    public TokenResponse login(@Valid @NotNull LoginRequest body, @Context HttpServerRequest request) {
        return TokenResponse.of(login.login(body.username(), body.password(), ClientAddress.of(request)));
    }
}
