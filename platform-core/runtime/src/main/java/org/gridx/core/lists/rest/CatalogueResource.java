package org.gridx.core.lists.rest;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.gridx.api.identity.Role;
import org.gridx.core.lists.domain.CatalogueEntry;

/**
 * The national catalogue for anyone signed in, of any tenant (it is the same for all): filter by kind
 * (component | item) and by a code prefix or part of the name.
 */
@Path("/api/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SPECIALIST,
        Role.Names.INFORMANT, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN,
        Role.Names.RESIDENT, Role.Names.PLATFORM_OPERATOR})
public class CatalogueResource {

    public record EntryView(String code, String kind, String majorClassCode, String majorClass, String name) {
        static EntryView of(CatalogueEntry e) {
            return new EntryView(e.code, e.kind, e.majorClassCode, e.majorClass, e.name);
        }
    }

    @GET
    public List<EntryView> search(
            @QueryParam("kind") @Pattern(regexp = "component|item", message = "use component or item") String kind,
            @QueryParam("q") @Size(max = 50, message = "at most 50 characters") String q) {
        String text = q == null ? "" : q.strip();
        return CatalogueEntry.<CatalogueEntry>find(
                        "(:kind = '' or kind = :kind) and (:q = '' or code like :prefix or name like :part)",
                        Sort.by("code"),
                        Parameters.with("kind", kind == null ? "" : kind).and("q", text)
                                .and("prefix", escape(text) + "%").and("part", "%" + escape(text) + "%"))
                .stream().map(EntryView::of).toList();
    }

    /** A user's % or _ is searched for literally, not as a wildcard. */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
