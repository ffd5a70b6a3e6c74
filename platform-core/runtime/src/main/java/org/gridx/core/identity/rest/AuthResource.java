package org.gridx.core.identity.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.gridx.core.identity.service.AccountLogin;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;

/** Token API of a tenant: the tenant comes from the path (admitted by the tenancy filter), never the body. */
@Path("/api/t/{tenant}/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    AccountLogin login;

    @POST
    @Path("login")
    public TokenResponse login(@Valid @NotNull LoginRequest body, @Context HttpServerRequest request) {
        return TokenResponse.of(login.login(body.username(), body.password(), ClientAddress.of(request)));
    }

    @POST
    @Path("refresh")
    public TokenResponse refresh(@Valid @NotNull RefreshRequest body) {
        return TokenResponse.of(login.refresh(body.refreshToken()));
    }

    /** Ends the session the refresh token belongs to; the short-lived access token simply runs out. */
    @POST
    @Path("logout")
    public void logout(@Valid @NotNull RefreshRequest body) {
        login.logout(body.refreshToken());
    }
}
