package org.gridx.core.command.camera.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.command.camera.domain.Camera;
import org.gridx.core.command.camera.service.CameraInput;
import org.gridx.core.command.camera.service.CameraView;
import org.gridx.core.command.camera.service.Cameras;
import org.gridx.core.command.web.CommandMessages;
import org.gridx.core.command.web.CommandTexts;
import org.gridx.core.resident.web.FormErrors;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.RequestLocale;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /t/{tenant}/command/cameras}: the camera registry for the command centre and administrators, on a
 * phone too: the list, and one form to add a camera or change the one picked ({@code ?edit=id}). Plain
 * form posts, so it works without script; a refused entry comes back filled in with what to fix.
 */
@Path("/t/{tenant}/command/cameras")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.DISPATCHER})
public class CameraPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cameras(PageFrame frame, String tenant, List<CameraView> cameras, CameraForm form,
                String notice, FormErrors errors, List<String> statuses);
    }

    @Inject
    PageFrames frames;
    @Inject
    RequestLocale locale;
    @Inject
    Cameras cameras;

    @GET
    @Transactional
    public TemplateInstance page(@PathParam("tenant") String tenant, @RestQuery String edit, @RestQuery String done,
            @RestQuery String name) {
        CameraForm form = edit == null ? CameraForm.EMPTY : CameraForm.of(CameraView.of(Cameras.find(parse(edit))));
        CommandMessages t = CommandTexts.in(locale.get());
        String notice = "saved".equals(done) && name != null ? t.camera_saved(name) : "deleted".equals(done) ? t.camera_deleted() : null;
        return render(tenant, form, notice, FormErrors.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("tenant") String tenant, @RestForm String name, @RestForm String node,
            @RestForm String lon, @RestForm String lat, @RestForm String streamUrl, @RestForm String status, @RestForm String note) {
        CameraForm form = new CameraForm(null, name, node, lon, lat, streamUrl, status, note);
        return save(tenant, form, () -> cameras.create(form.input()));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("tenant") String tenant, @PathParam("id") UUID id, @RestForm String name,
            @RestForm String node, @RestForm String lon, @RestForm String lat, @RestForm String streamUrl,
            @RestForm String status, @RestForm String note) {
        CameraForm form = new CameraForm(id.toString(), name, node, lon, lat, streamUrl, status, note);
        return save(tenant, form, () -> cameras.update(id, form.input()));
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@PathParam("tenant") String tenant, @PathParam("id") UUID id) {
        cameras.delete(id);
        return Response.seeOther(URI.create("/t/" + tenant + "/command/cameras?done=deleted")).build();
    }

    private Response save(String tenant, CameraForm form, Supplier<Camera> write) {
        try {
            Camera c = write.get();
            return Response.seeOther(URI.create("/t/" + tenant + "/command/cameras?done=saved&name="
                    + URLEncoder.encode(c.name, StandardCharsets.UTF_8))).build();
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                throw e;
            }
            return Response.status(e.problem().status()).entity(render(tenant, form, null, FormErrors.of(e))).build();
        }
    }

    private TemplateInstance render(String tenant, CameraForm form, String notice, FormErrors errors) {
        PageFrame frame = frames.tenant(tenant, CommandTexts.in(locale.get()).cameras_title());
        List<CameraView> all = Camera.<Camera>list("order by name").stream().map(CameraView::of).toList();
        return Templates.cameras(frame, tenant, all, form, notice, errors, Camera.STATUSES).setLocale(frame.locale());
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("There is no camera " + id + " in this tenant.");
        }
    }
}
