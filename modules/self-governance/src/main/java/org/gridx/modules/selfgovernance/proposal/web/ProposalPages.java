package org.gridx.modules.selfgovernance.proposal.web;

import static org.gridx.api.identity.Role.Names.GRID_CHIEF;
import static org.gridx.api.identity.Role.Names.INFORMANT;
import static org.gridx.api.identity.Role.Names.INSTRUCTOR;
import static org.gridx.api.identity.Role.Names.RESIDENT;
import static org.gridx.api.identity.Role.Names.SPECIALIST;
import static org.gridx.api.identity.Role.Names.SUPERVISOR;
import static org.gridx.api.identity.Role.Names.TENANT_ADMIN;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
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
import org.gridx.modules.selfgovernance.people.Caller;
import org.gridx.modules.selfgovernance.people.ParticipationSettings;
import org.gridx.modules.selfgovernance.proposal.domain.Proposal;
import org.gridx.modules.selfgovernance.proposal.rest.ProposalInput;
import org.gridx.modules.selfgovernance.proposal.rest.ProposalView;
import org.gridx.modules.selfgovernance.proposal.service.ProposalSupports;
import org.gridx.modules.selfgovernance.proposal.service.Proposals;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** {@code /t/{tenant}/self-governance/proposals}: residents' proposals with their support, raising and supporting one. */
@Path("/t/{tenant}/self-governance/proposals")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({TENANT_ADMIN, SUPERVISOR, GRID_CHIEF, INSTRUCTOR, SPECIALIST, INFORMANT, RESIDENT})
public class ProposalPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance proposals(LayoutFrame frame, String tenant, List<ProposalView> proposals, String done);
    }

    @Inject
    TenantPages pages;
    @Inject
    Proposals proposals;
    @Inject
    ProposalSupports supports;
    @Inject
    ParticipationSettings settings;
    @Inject
    Caller caller;

    @GET
    public TemplateInstance list(@PathParam("tenant") String tenant, @RestQuery String done) {
        ProposalMessages texts = "en".equals(pages.locale().getLanguage())
                ? MessageBundles.get(ProposalMessages.class, Localized.Literal.of("en")) : MessageBundles.get(ProposalMessages.class);
        LayoutFrame frame = pages.frame(tenant, texts.proposals_heading());
        long threshold = settings.supportThreshold();
        List<ProposalView> all = Proposal.<Proposal>list("order by createdAt desc, id").stream()
                .map(p -> ProposalView.of(p, threshold, proposals.supportedBy(p.id, caller.username()))).toList();
        return Templates.proposals(frame, tenant, all, done).setLocale(frame.locale());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response raise(@PathParam("tenant") String tenant, @RestForm String title, @RestForm String body) {
        return back(tenant, () -> {
            if (title == null || title.isBlank() || body == null || body.isBlank() || title.length() > 200 || body.length() > 4000) {
                return "invalid";
            }
            proposals.raise(new ProposalInput(title, body), caller.username());
            return "raised";
        });
    }

    @POST
    @Path("{id}/supports")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response support(@PathParam("tenant") String tenant, @PathParam("id") UUID id) {
        return back(tenant, () -> {
            supports.support(id, caller.username());
            return "supported";
        });
    }

    private Response back(String tenant, Supplier<String> act) {
        String done;
        try {
            done = act.get();
        } catch (ProblemException e) {
            done = switch (e.problem().status()) {
                case 403 -> "unverified";
                case 409 -> "again";
                default -> throw e;
            };
        }
        return Response.seeOther(URI.create("/t/" + tenant + "/self-governance/proposals?done=" + done)).build();
    }
}
