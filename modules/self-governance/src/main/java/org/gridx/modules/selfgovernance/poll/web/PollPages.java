package org.gridx.modules.selfgovernance.poll.web;

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
import org.gridx.api.problem.ProblemException;
import org.gridx.api.web.LayoutFrame;
import org.gridx.api.web.TenantPages;
import org.gridx.modules.selfgovernance.common.web.FormErrors;
import org.gridx.modules.selfgovernance.people.Caller;
import org.gridx.modules.selfgovernance.poll.rest.PollView;
import org.gridx.modules.selfgovernance.poll.service.PollViews;
import org.gridx.modules.selfgovernance.poll.service.PollVoting;
import org.gridx.modules.selfgovernance.poll.service.Polls;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** {@code /t/{tenant}/self-governance/polls}: the polls, and voting on one from the phone. */
@Path("/t/{tenant}/self-governance/polls")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({TENANT_ADMIN, SUPERVISOR, GRID_CHIEF, INSTRUCTOR, SPECIALIST, INFORMANT, RESIDENT})
public class PollPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(LayoutFrame frame, String tenant, List<PollView> polls, boolean organiser,
                PollForm form, FormErrors errors);

        static native TemplateInstance poll(LayoutFrame frame, String tenant, PollView poll, String opens, String closes, String done);
    }

    @Inject
    TenantPages pages;
    @Inject
    Polls polls;
    @Inject
    PollViews views;
    @Inject
    PollVoting voting;
    @Inject
    Caller caller;
    @Inject
    PollListing listing;

    @GET
    public TemplateInstance list(@PathParam("tenant") String tenant) {
        return listing.render(tenant, PollForm.EMPTY, FormErrors.NONE);
    }

    @GET
    @Path("{id}")
    public TemplateInstance poll(@PathParam("tenant") String tenant, @PathParam("id") UUID id, @RestQuery String done) {
        PollView p = views.of(polls.find(id), caller.username());
        LayoutFrame frame = pages.frame(tenant, p.question());
        return Templates.poll(frame, tenant, p, PollTexts.time(p.opensAt()), PollTexts.time(p.closesAt()), done)
                .setLocale(frame.locale());
    }

    @POST
    @Path("{id}/ballots")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response vote(@PathParam("tenant") String tenant, @PathParam("id") UUID id, @RestForm("option") List<UUID> options) {
        String done = "voted";
        try {
            if (options == null || options.isEmpty()) {
                done = "invalid";
            } else {
                voting.cast(id, caller.username(), options);
            }
        } catch (ProblemException e) {
            done = switch (e.problem().status()) {
                case 403 -> "unverified";
                case 409 -> e.getMessage().contains("already") ? "again" : "closed";
                case 422 -> "invalid";
                default -> throw e;
            };
        }
        return Response.seeOther(URI.create("/t/" + tenant + "/self-governance/polls/" + id + "?done=" + done)).build();
    }
}
