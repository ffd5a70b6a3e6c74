package org.gridx.core.assessment.reward.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.gridx.core.assessment.scorecard.rest.InputCheck;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.gridx.api.identity.Role;
import org.gridx.core.assessment.reward.service.RewardRule;
import org.gridx.core.assessment.reward.service.RewardRules;
import org.gridx.core.clock.GridxClock;

/** The informants' reward rules: read by the grid's staff (an informant can check their reward), set by the tenant administrator. */
@Path("/api/t/{tenant}/assessment/reward-rules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF,
        Role.Names.INSTRUCTOR, Role.Names.SPECIALIST, Role.Names.INFORMANT})
public class RewardRuleResource {

    @Inject
    RewardRules rules;
    @Inject
    SecurityIdentity identity;
    @Inject
    GridxClock clock;
    @Inject
    InputCheck check;

    @GET
    public RewardRule get() {
        return rules.current();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public RewardRule put(RewardRuleInput in) {
        return rules.save(check.valid(in, "the reward rules").rule(), identity.getPrincipal().getName(), clock.now());
    }
}
