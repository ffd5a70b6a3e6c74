package org.gridx.modules.selfgovernance.proposal.rest;

import static org.gridx.api.identity.Role.Names.GRID_CHIEF;
import static org.gridx.api.identity.Role.Names.INFORMANT;
import static org.gridx.api.identity.Role.Names.INSTRUCTOR;
import static org.gridx.api.identity.Role.Names.RESIDENT;
import static org.gridx.api.identity.Role.Names.SPECIALIST;
import static org.gridx.api.identity.Role.Names.SUPERVISOR;
import static org.gridx.api.identity.Role.Names.TENANT_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.gridx.modules.selfgovernance.people.Caller;
import org.gridx.modules.selfgovernance.people.ParticipationSettings;
import org.gridx.modules.selfgovernance.proposal.domain.Proposal;
import org.gridx.modules.selfgovernance.proposal.service.ProposalSupports;
import org.gridx.modules.selfgovernance.proposal.service.Proposals;

/** Residents' proposals: raise, support, and the organisers' "ready for agenda" list ({@code ?status=ready}). */
@Path("/api/t/{tenant}/self-governance/proposals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({TENANT_ADMIN, SUPERVISOR, GRID_CHIEF, INSTRUCTOR, SPECIALIST, INFORMANT, RESIDENT})
public class ProposalResource {

    @Inject
    Proposals proposals;
    @Inject
    ProposalSupports supports;
    @Inject
    ParticipationSettings settings;
    @Inject
    Caller caller;

    @GET
    public List<ProposalView> list(@QueryParam("status") @Pattern(regexp = "open|ready|on-agenda",
            message = "must be open, ready or on-agenda") String status) {
        List<Proposal> found = status == null ? Proposal.list("order by createdAt desc, id")
                : Proposal.list("status = ?1 order by createdAt desc, id", status);
        long threshold = settings.supportThreshold();
        return found.stream().map(p -> ProposalView.of(p, threshold, false)).toList();
    }

    @GET
    @Path("{id}")
    public ProposalView get(@PathParam("id") UUID id) {
        return view(proposals.find(id));
    }

    @POST
    public Response raise(@Valid @NotNull(message = "send the proposal as JSON") ProposalInput in) {
        return Response.status(201).entity(view(proposals.raise(in, caller.username()))).build();
    }

    @POST
    @Path("{id}/supports")
    public ProposalView support(@PathParam("id") UUID id) {
        return view(supports.support(id, caller.username()));
    }

    private ProposalView view(Proposal p) {
        return ProposalView.of(p, settings.supportThreshold(), proposals.supportedBy(p.id, caller.username()));
    }
}
