package org.gridx.modules.selfgovernance.election.web;

import static org.gridx.api.identity.Role.Names.GRID_CHIEF;
import static org.gridx.api.identity.Role.Names.INFORMANT;
import static org.gridx.api.identity.Role.Names.INSTRUCTOR;
import static org.gridx.api.identity.Role.Names.RESIDENT;
import static org.gridx.api.identity.Role.Names.SPECIALIST;
import static org.gridx.api.identity.Role.Names.SUPERVISOR;
import static org.gridx.api.identity.Role.Names.TENANT_ADMIN;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.web.LayoutFrame;
import org.gridx.api.web.TenantPages;
import org.gridx.modules.selfgovernance.election.rest.ElectionView;
import org.gridx.modules.selfgovernance.election.service.ElectionViews;
import org.gridx.modules.selfgovernance.election.service.ElectionVoting;
import org.gridx.modules.selfgovernance.election.service.Elections;
import org.gridx.modules.selfgovernance.election.service.Nominations;
import org.gridx.modules.selfgovernance.common.web.FormErrors;
import org.gridx.modules.selfgovernance.people.Caller;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** {@code /t/{tenant}/self-governance/elections}: elections, a nominee's answer and the ballot, from the phone. */
@Path("/t/{tenant}/self-governance/elections")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({TENANT_ADMIN, SUPERVISOR, GRID_CHIEF, INSTRUCTOR, SPECIALIST, INFORMANT, RESIDENT})
public class ElectionPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(LayoutFrame frame, String tenant, List<ElectionView> elections, boolean organiser,
                ElectionForm form, FormErrors errors);

        static native TemplateInstance election(LayoutFrame frame, String tenant, ElectionPage page, String done);
    }

    @Inject
    TenantPages pages;
    @Inject
    Elections elections;
    @Inject
    ElectionViews views;
    @Inject
    ElectionVoting voting;
    @Inject
    Nominations nominations;
    @Inject
    Caller caller;
    @Inject
    ElectionListing listing;

    @GET
    public TemplateInstance list(@PathParam("tenant") String tenant) {
        return listing.render(tenant, ElectionForm.EMPTY, FormErrors.NONE);
    }

    @GET
    @Path("{id}")
    public TemplateInstance election(@PathParam("tenant") String tenant, @PathParam("id") UUID id, @RestQuery String done) {
        ElectionView e = views.of(elections.find(id), caller.username());
        LayoutFrame frame = pages.frame(tenant, e.title());
        return Templates.election(frame, tenant, ElectionPage.of(e, caller.username()), done).setLocale(frame.locale());
    }

    @POST
    @Path("{id}/ballots")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response vote(@PathParam("tenant") String tenant, @PathParam("id") UUID id, @RestForm UUID candidate) {
        return back(tenant, id, () -> {
            if (candidate == null) {
                return "invalid";
            }
            voting.cast(id, caller.username(), candidate);
            return "voted";
        });
    }

    @POST
    @Path("{id}/candidates/{candidate}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("tenant") String tenant, @PathParam("id") UUID id,
            @PathParam("candidate") UUID candidate, @RestForm String accept) {
        return back(tenant, id, () -> {
            nominations.answer(id, candidate, caller.username(), "true".equals(accept));
            return "answered";
        });
    }

    private Response back(String tenant, UUID id, Supplier<String> act) {
        String done;
        try {
            done = act.get();
        } catch (ProblemException e) {
            done = switch (e.problem().status()) {
                case 403 -> "unverified";
                case 409 -> e.getMessage().contains("already") ? "again" : "closed";
                case 422 -> "invalid";
                default -> throw e;
            };
        }
        return Response.seeOther(URI.create("/t/" + tenant + "/self-governance/elections/" + id + "?done=" + done)).build();
    }
}
