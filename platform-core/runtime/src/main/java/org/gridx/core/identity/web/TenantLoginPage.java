package org.gridx.core.identity.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.identity.service.AccountLogin;
import org.gridx.core.identity.service.IssuedTokens;
import org.gridx.core.identity.rest.ClientAddress;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.ReturnPath;
import org.gridx.core.web.SessionCookies;
import org.gridx.core.web.TenantNav;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** Sign-in and sign-out pages of a tenant; the form posts are CSRF-checked by quarkus-rest-csrf. */
@Path("/t/{tenant}")
@Produces(MediaType.TEXT_HTML)
public class TenantLoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(PageFrame frame, String tenant, String next, String username, String error);
    }

    @Inject
    PageFrames frames;
    @Inject
    AccountLogin login;
    @Inject
    LoginForm form;
    @Inject
    RoutingContext rc;

    @GET
    @Path("login")
    public TemplateInstance page(@PathParam("tenant") String tenant, @RestQuery String next) {
        return render(tenant, next, "", null);
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object signIn(@PathParam("tenant") String tenant, @RestForm String username, @RestForm String password,
            @RestForm String next) {
        String invalid = form.invalid(username, password);
        if (invalid != null) {
            return Response.status(400).entity(render(tenant, next, username, invalid)).build();
        }
        try {
            IssuedTokens t = login.login(username, password, ClientAddress.of(rc.request()));
            SessionCookies.signIn(rc, tenant, t.accessToken(), t.accessTtl(), t.refreshToken(), t.refreshTtl());
            String home = TenantNav.base(tenant);
            return Response.seeOther(URI.create(ReturnPath.within("/t/" + tenant, next, home))).build();
        } catch (ProblemException e) {
            return form.failed(e, render(tenant, next, username, form.message(e)));
        }
    }

    @POST
    @Path("logout")
    public Response signOut(@PathParam("tenant") String tenant) {
        io.vertx.core.http.Cookie refresh = rc.request().getCookie(SessionCookies.REFRESH);
        if (refresh != null && !refresh.getValue().isBlank() && refresh.getValue().length() <= 100) {
            login.logout(refresh.getValue());
        }
        SessionCookies.signOut(rc, tenant);
        return Response.seeOther(URI.create("/t/" + tenant + "/login")).build();
    }

    private TemplateInstance render(String tenant, String next, String username, String error) {
        PageFrame frame = frames.tenant(tenant, "").withoutSignOut();
        String safeNext = ReturnPath.within("/t/" + tenant, next, "");
        return Templates.login(frame, tenant, safeNext, username == null ? "" : username, error)
                .setLocale(frame.locale());
    }
}
