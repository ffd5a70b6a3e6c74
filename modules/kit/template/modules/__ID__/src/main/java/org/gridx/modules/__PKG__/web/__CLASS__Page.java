package org.gridx.modules.__PKG__.web;

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
import org.gridx.api.identity.Role;
import org.gridx.api.web.LayoutFrame;
import org.gridx.api.web.TenantPages;
import org.gridx.modules.__PKG__.__CLASS__Module;
import org.gridx.modules.__PKG__.rest.ItemView;
import org.gridx.modules.__PKG__.service.__CLASS__Items;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /t/{tenant}/__ID__}: the items on a phone-sized page in the shared layout, with a form to add one.
 * Gone (404) while the tenant has the module off, like the API; the menu entry comes from the manifest.
 */
@Path("/t/{tenant}/__ID__")
@Produces(MediaType.TEXT_HTML)
public class __CLASS__Page {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(LayoutFrame frame, String tenant, String notice, String error, String title,
                List<ItemView> items);
    }

    @Inject
    TenantPages pages;
    @Inject
    __CLASS__Items items;

    @GET
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.SPECIALIST, Role.Names.INFORMANT})
    public TemplateInstance page(@PathParam("tenant") String tenant, @RestQuery String done) {
        LayoutFrame frame = pages.frame(tenant, __CLASS__Module.MANIFEST.name().in(pages.locale()));
        String notice = done == null ? null : __CLASS__Texts.in(frame.locale()).added();
        return render(frame, tenant, notice, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.SPECIALIST})
    public Response add(@PathParam("tenant") String tenant, @RestForm String title, @RestForm String note) {
        if (title == null || title.isBlank() || title.strip().length() > 200 || (note != null && note.length() > 4000)) {
            LayoutFrame frame = pages.frame(tenant, __CLASS__Module.MANIFEST.name().in(pages.locale()));
            String error = __CLASS__Texts.in(frame.locale()).input_invalid();
            return Response.status(422).entity(render(frame, tenant, null, error, title)).build();
        }
        items.create(title.strip(), note == null || note.isBlank() ? null : note.strip());
        return Response.seeOther(URI.create("/t/" + tenant + "/__ID__?done=1")).build();
    }

    private TemplateInstance render(LayoutFrame frame, String tenant, String notice, String error, String title) {
        List<ItemView> all = items.all().stream().map(ItemView::of).toList();
        return Templates.page(frame, tenant, notice, error, title, all).setLocale(frame.locale());
    }
}
