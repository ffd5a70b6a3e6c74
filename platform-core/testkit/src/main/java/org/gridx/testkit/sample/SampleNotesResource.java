package org.gridx.testkit.sample;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.api.module.ModuleAccess;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.tenant.TenantContext;

/** The sample module's API. The core answers 404 for all of it while the tenant has the module off. */
@Path("/api/t/{tenant}/sample-notes/notes")
@Produces(MediaType.APPLICATION_JSON)
public class SampleNotesResource {


    @Inject
    ModuleAccess modules;
    @Inject
    TenantContext tenant;

    @GET
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.SPECIALIST, Role.Names.INFORMANT})
    public List<NoteView> list() {
        return SampleNote.<SampleNote>list("order by createdAt, id").stream().map(NoteView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.SPECIALIST, Role.Names.INFORMANT})
    public NoteView get(@PathParam("id") UUID id) {
        return NoteView.of(find(id));
    }

    @POST
    @Transactional
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.SPECIALIST})
    public Response create(@Valid @NotNull NoteInput input) {
        SampleNote note = new SampleNote();
        apply(note, input);
        note.persist();
        return Response.status(201).entity(NoteView.of(note)).build();
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.SPECIALIST})
    public NoteView update(@PathParam("id") UUID id, @Valid @NotNull NoteInput input) {
        SampleNote note = find(id);
        apply(note, input);
        return NoteView.of(note);
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.SPECIALIST})
    public void delete(@PathParam("id") UUID id) {
        find(id).delete();
    }

    private void apply(SampleNote note, NoteInput input) {
        long max = modules.settings(tenant.require(), SampleNotesModule.ID).integer(SampleNotesModule.MAX_TITLE);
        if (input.title().length() > max) {
            throw ProblemException.invalid("The title is too long for this tenant.",
                    List.of(new FieldProblem("/title", "at most " + max + " characters (tenant setting)")));
        }
        note.title = input.title();
        note.body = input.body();
    }

    private static SampleNote find(UUID id) {
        SampleNote note = SampleNote.findById(id);
        if (note == null) {
            throw ProblemException.notFound("There is no note " + id + " here.");
        }
        return note;
    }
}
