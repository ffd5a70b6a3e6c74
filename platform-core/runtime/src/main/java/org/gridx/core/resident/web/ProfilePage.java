package org.gridx.core.resident.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.resident.domain.ResidentRegistration;
import org.gridx.core.resident.rest.RegistrationView;
import org.gridx.core.resident.service.ProfileInput;
import org.gridx.core.resident.service.Registrations;
import org.gridx.core.resident.service.ResidentContact;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.RequestLocale;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /t/{tenant}/profile}: the resident's own registration: where verification stands (and why it was
 * refused), name and contact to edit, and the address, whose change the grid verifies again.
 */
@Path("/t/{tenant}/profile")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.RESIDENT)
public class ProfilePage {

    public record Form(String displayName, String phone, String email) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profile(PageFrame frame, String tenant, RegistrationView me, Form form,
                AddressPicker address, FormErrors errors, String notice);
    }

    @Inject
    PageFrames frames;
    @Inject
    RequestLocale locale;
    @Inject
    Registrations registrations;
    @Inject
    SecurityIdentity identity;
    @Inject
    ResidentContact contact;

    @GET
    @Transactional
    public TemplateInstance page(@PathParam("tenant") String tenant, @RestQuery String saved) {
        ResidentRegistration r = registrations.mine(identity.getPrincipal().getName());
        String[] at = AddressPicker.path(r.placeId);
        PortalMessages t = PortalTexts.in(locale.get());
        String notice = "address".equals(saved) ? t.saved_pending() : saved != null ? t.saved() : null;
        return render(tenant, r, new Form(r.displayName, nn(contact.phone(r)), nn(contact.email(r))),
                AddressPicker.of(at[0], at[1], at[2], at[3]), FormErrors.NONE, notice);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response save(@PathParam("tenant") String tenant, @RestForm String displayName, @RestForm String phone,
            @RestForm String email, @RestForm String compound, @RestForm String building, @RestForm String unit,
            @RestForm String house, @RestForm String step) {
        String me = identity.getPrincipal().getName();
        Form form = new Form(nn(displayName), nn(phone), nn(email));
        AddressPicker address = AddressPicker.of(compound, building, unit, house);
        ResidentRegistration before = registrations.mine(me);
        if ("places".equals(step)) {
            return Response.ok(render(tenant, before, form, address, FormErrors.NONE, null)).build();
        }
        java.util.UUID oldPlace = before.placeId;
        try {
            ResidentRegistration r = registrations.update(me, new ProfileInput(form.displayName(), form.phone(), form.email(),
                    AddressPicker.household(unit, house)));
            String saved = oldPlace.equals(r.placeId) ? "1" : "address";
            return Response.seeOther(URI.create("/t/" + tenant + "/profile?saved=" + saved)).build();
        } catch (ProblemException e) {
            return Response.status(e.problem().status()).entity(render(tenant, before, form, address, FormErrors.of(e), null)).build();
        }
    }

    private TemplateInstance render(String tenant, ResidentRegistration r, Form form, AddressPicker address, FormErrors errors,
            String notice) {
        PageFrame frame = frames.tenant(tenant, PortalTexts.in(locale.get()).profile_heading());
        return Templates.profile(frame, tenant, contact.view(r), form, address, errors, notice).setLocale(frame.locale());
    }

    private static String nn(String s) {
        return s == null ? "" : s.strip();
    }
}
