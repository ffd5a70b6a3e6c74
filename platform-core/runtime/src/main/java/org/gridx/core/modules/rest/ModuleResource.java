package org.gridx.core.modules.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.modules.service.ModuleCatalogue;
import org.gridx.core.modules.service.ModuleEnablementService;

/** A tenant administrator's view of the "+X" modules: list them, and turn each on (with settings) or off. */
@Path("/api/t/{tenant}/modules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.TENANT_ADMIN)
public class ModuleResource {

    @Inject
    ModuleCatalogue catalogue;
    @Inject
    ModuleEnablementService enablement;
    @Inject
    SecurityIdentity identity;

    @GET
    public List<ModuleView> list() {
        return catalogue.all().stream().map(ModuleView::of).toList();
    }

    @GET
    @Path("{id}")
    public ModuleView get(@PathParam("id") String id) {
        return ModuleView.of(catalogue.one(id));
    }

    @PUT
    @Path("{id}")
    @Transactional
    public ModuleView change(@PathParam("id") String id, @Valid @NotNull ModuleChange change) {
        String actor = identity.getPrincipal().getName();
        if (change.enabled()) {
            enablement.enable(id, change.settings(), actor);
        } else if (change.settings() != null && !change.settings().isEmpty()) {
            throw ProblemException.invalid("Settings apply only when enabling a module.",
                    List.of(new FieldProblem("/settings", "leave out settings when turning the module off")));
        } else {
            enablement.disable(id, actor);
        }
        return ModuleView.of(catalogue.one(id));
    }
}
