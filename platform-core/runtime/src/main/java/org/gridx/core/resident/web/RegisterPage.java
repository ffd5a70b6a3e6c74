package org.gridx.core.resident.web;

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
import org.gridx.core.identity.rest.ClientAddress;
import org.gridx.core.resident.service.RegistrationInput;
import org.gridx.core.resident.service.RegistrationThrottle;
import org.gridx.core.resident.service.Registrations;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.RequestLocale;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /t/{tenant}/register}: a resident registers (name, phone or e-mail, password, address down to the
 * unit). A refused form comes back with each wrong field marked and what to do; "update the next list"
 * re-draws the address selects without registering, for phones without script.
 */
@Path("/t/{tenant}/register")
@Produces(MediaType.TEXT_HTML)
public class RegisterPage {

    /** What the form carries back when it is drawn again (never the password). */
    public record Form(String username, String displayName, String phone, String email) {
        static final Form EMPTY = new Form("", "", "", "");
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance register(PageFrame frame, String tenant, Form form, AddressPicker address,
                FormErrors errors, boolean done);
    }

    @Inject
    PageFrames frames;
    @Inject
    RequestLocale locale;
    @Inject
    Registrations registrations;
    @Inject
    RegistrationThrottle throttle;
    @Inject
    RoutingContext rc;

    @GET
    public TemplateInstance page(@PathParam("tenant") String tenant, @RestQuery String done) {
        return render(tenant, Form.EMPTY, AddressPicker.of(null, null, null, null), FormErrors.NONE, done != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("tenant") String tenant, @RestForm String username, @RestForm String displayName,
            @RestForm String phone, @RestForm String email, @RestForm String password, @RestForm String compound,
            @RestForm String building, @RestForm String unit, @RestForm String house, @RestForm String step) {
        Form form = new Form(trim(username), trim(displayName), trim(phone), trim(email));
        AddressPicker address = AddressPicker.of(compound, building, unit, house);
        if ("places".equals(step)) {
            return Response.ok(render(tenant, form, address, FormErrors.NONE, false)).build();
        }
        try {
            throttle.attempt(tenant, ClientAddress.of(rc.request()));
            registrations.register(new RegistrationInput(form.username(), form.displayName(), form.phone(), form.email(),
                    password, AddressPicker.household(unit, house)));
            return Response.seeOther(URI.create("/t/" + tenant + "/register?done=1")).build();
        } catch (ProblemException e) {
            Response.ResponseBuilder r = Response.status(e.problem().status()).entity(render(tenant, form, address, FormErrors.of(e), false));
            if (e instanceof org.gridx.core.problem.RetryLater later) {
                r.header("Retry-After", later.seconds());
            }
            return r.build();
        }
    }

    private TemplateInstance render(String tenant, Form form, AddressPicker address, FormErrors errors, boolean done) {
        PageFrame frame = frames.tenant(tenant, PortalTexts.in(locale.get()).register_heading());
        return Templates.register(frame, tenant, form, address, errors, done).setLocale(frame.locale());
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
