package org.gridx.core.lists.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.lists.domain.DisposalListItem;
import org.gridx.core.lists.domain.DisposalListVersion;
import org.gridx.core.lists.service.DisposalItem;
import org.gridx.core.lists.service.DisposalListReader;
import org.gridx.core.lists.service.DisposalListService;
import org.gridx.core.organisation.domain.Department;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.tenancy.service.TenantZone;

/** {@code /t/{tenant}/lists}: the disposal list with its version history; tenant admins edit a draft and publish it. */
@Path("/t/{tenant}/lists")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SPECIALIST,
        Role.Names.INFORMANT, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN})
public class ListsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lists(PageFrame frame, ListsView view);
    }

    @Inject
    PageFrames frames;
    /** Effective dates typed into the page are local times of the street, in the tenant's time zone. */
    @Inject
    TenantZone zone;
    @Inject
    DisposalListReader reader;
    @Inject
    DisposalListService service;
    @Inject
    SecurityIdentity identity;
    @Inject
    Validator validator;
    @Inject
    org.gridx.core.web.RequestLocale locale;

    @GET
    @jakarta.transaction.Transactional
    public TemplateInstance show(@PathParam("tenant") String tenant, @QueryParam("version") UUID version) {
        boolean admin = identity.hasRole(Role.Names.TENANT_ADMIN);
        PageFrame frame = frames.tenant(tenant, org.gridx.core.web.Texts.in(locale.get()).lists_title());
        var history = reader.history(admin);
        var shown = version != null ? reader.version(version, admin)
                : DisposalListVersion.inForceAt(java.time.Instant.now()).map(v -> reader.version(v.id, admin)).orElse(null);
        var diff = shown == null ? null : reader.diff(shown.id(), admin);
        UUID draft = admin ? DisposalListVersion.draft().map(v -> v.id).orElse(null) : null;
        List<String> departments = Department.<Department>listAll().stream().map(d -> d.code).sorted().toList();
        return Templates.lists(frame, new ListsView(history, shown, diff, admin, draft, departments)).setLocale(frame.locale());
    }

    @POST
    @Path("draft")
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public Response openDraft(@PathParam("tenant") String tenant) {
        return back(tenant, service.openDraft(identity.getPrincipal().getName()).id);
    }

    @POST
    @Path("versions/{id}/items")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public Response putItem(@PathParam("tenant") String tenant, @PathParam("id") UUID id, @BeanParam ItemForm form) {
        var escalation = form.code == null ? List.<org.gridx.core.lists.domain.EscalationStep>of()
                : DisposalListItem.inVersion(id, form.code.strip()).map(i -> i.escalation).orElse(List.of());
        DisposalItem item = form.toItem(escalation);
        Set<ConstraintViolation<DisposalItem>> violations = validator.validate(item);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("Some fields of the item are not valid; go back and fix each one named below.",
                    violations.stream().map(v -> new FieldProblem("/" + v.getPropertyPath().toString().replace('.', '/'), v.getMessage())).toList());
        }
        service.putItem(id, item.code(), item);
        return back(tenant, id);
    }

    @POST
    @Path("versions/{id}/items/{code}/remove")
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public Response removeItem(@PathParam("tenant") String tenant, @PathParam("id") UUID id, @PathParam("code") String code) {
        service.removeItem(id, code);
        return back(tenant, id);
    }

    @POST
    @Path("versions/{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public Response publish(@PathParam("tenant") String tenant, @PathParam("id") UUID id,
            @FormParam("effectiveFrom") String effectiveFrom, @FormParam("note") String note) {
        java.time.Instant from = null;
        if (effectiveFrom != null && !effectiveFrom.isBlank()) {
            try {
                from = LocalDateTime.parse(effectiveFrom).atZone(zone.current()).toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                throw ProblemException.invalid("The effective date is not a date and time.",
                        List.of(new FieldProblem("/effectiveFrom", "use the form 2026-12-01T08:00, or leave it empty for now")));
            }
        }
        service.publish(id, from, note == null || note.isBlank() ? null : note.strip().substring(0, Math.min(500, note.strip().length())),
                identity.getPrincipal().getName());
        return back(tenant, id);
    }

    private static Response back(String tenant, UUID version) {
        return Response.seeOther(URI.create("/t/" + tenant + "/lists?version=" + version)).build();
    }
}
