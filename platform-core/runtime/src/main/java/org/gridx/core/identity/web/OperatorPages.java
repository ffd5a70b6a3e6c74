package org.gridx.core.identity.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.identity.rest.ClientAddress;
import org.gridx.core.identity.service.IssuedTokens;
import org.gridx.core.identity.service.OperatorLogin;
import org.gridx.core.tenancy.domain.Tenant;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.ReturnPath;
import org.gridx.core.web.SessionCookies;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** Platform operators' pages: sign-in and the list of tenants. */
@Path("/operator")
@Produces(MediaType.TEXT_HTML)
public class OperatorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(PageFrame frame, String next, String username, String error);

        static native TemplateInstance tenants(PageFrame frame, List<Tenant> tenants);
    }

    @Inject
    PageFrames frames;
    @Inject
    OperatorLogin login;
    @Inject
    LoginForm form;
    @Inject
    RoutingContext rc;

    @GET
    @RolesAllowed(Role.Names.PLATFORM_OPERATOR)
    public TemplateInstance tenants() {
        PageFrame frame = frames.operator("");
        return Templates.tenants(frame, Tenant.<Tenant>list("order by code")).setLocale(frame.locale());
    }

    @GET
    @Path("login")
    public TemplateInstance page(@RestQuery String next) {
        return render(next, "", null);
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object signIn(@RestForm String username, @RestForm String password, @RestForm String next) {
        String invalid = form.invalid(username, password);
        if (invalid != null) {
            return Response.status(400).entity(render(next, username, invalid)).build();
        }
        try {
            IssuedTokens t = login.login(username, password, ClientAddress.of(rc.request()));
            SessionCookies.signIn(rc, null, t.accessToken(), t.accessTtl(), null, null);
            return Response.seeOther(URI.create(ReturnPath.within("/operator", next, "/operator"))).build();
        } catch (ProblemException e) {
            return form.failed(e, render(next, username, form.message(e)));
        }
    }

    @POST
    @Path("logout")
    public Response signOut() {
        SessionCookies.signOut(rc, null);
        return Response.seeOther(URI.create("/operator/login")).build();
    }

    private TemplateInstance render(String next, String username, String error) {
        PageFrame frame = frames.operator("").withoutSignOut();
        return Templates.login(frame, ReturnPath.within("/operator", next, ""), username == null ? "" : username, error)
                .setLocale(frame.locale());
    }
}
