package org.gridx.core.media.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.Problem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.media.domain.Rendition;
import org.gridx.core.media.service.MediaContent;
import org.gridx.core.media.service.MediaStore;
import org.gridx.core.media.service.Upload;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Photos of reports and loop steps. Anyone signed in to the tenant uploads (residents report too) and
 * reads; only staff roles receive originals, which may carry the GPS position of the photographer.
 * Photo URLs never change content, so responses are cached privately for a year, revalidated by ETag.
 */
@Path("/api/t/{tenant}/media")
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SPECIALIST,
        Role.Names.INFORMANT, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN,
        Role.Names.RESIDENT})
public class MediaResource {

    static final String CACHE = "private, max-age=31536000, immutable";

    @Inject
    MediaStore media;
    @Inject
    SecurityIdentity identity;

    /** Browser forms: one or more parts named {@code file} (plus the page's CSRF token, like every form). */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response uploadForm(@RestForm("file") List<FileUpload> files) {
        List<Upload> uploads = new ArrayList<>();
        for (int i = 0; files != null && i < files.size(); i++) {
            FileUpload f = files.get(i);
            try {
                uploads.add(new Upload("file[" + i + "]", f.fileName(), Files.readAllBytes(f.uploadedFile())));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read an uploaded part", e);
            }
        }
        return Response.status(201).entity(media.store(uploads)).build();
    }

    /** Phones and API clients: the photo itself as the body; the declared type is not trusted, the bytes are checked. */
    @POST
    @Consumes({"image/*", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Response uploadBody(byte[] body) {
        return Response.status(201).entity(media.store(List.of(new Upload("body", null, body)))).build();
    }

    /** Any other content type: say how to send a photo instead of a bare 415. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response wrongType(@Context jakarta.ws.rs.core.HttpHeaders headers) {
        throw new ProblemException(Problem.of(415, "Unsupported content type", "A request with Content-Type '"
                + headers.getHeaderString("Content-Type") + "' cannot carry a photo. Send multipart/form-data with parts named "
                + "'file', or the photo itself as the body with Content-Type image/jpeg or image/png."));
    }

    /** The original for staff roles; the public rendition for residents. */
    @GET
    @Path("{id}")
    public Response photo(@PathParam("id") UUID id, @Context Request request) {
        return serve(id, staff() ? Rendition.ORIGINAL : Rendition.PUBLIC, request)
                .header("Vary", "Authorization, Cookie").build();
    }

    @GET
    @Path("{id}/public")
    public Response publicRendition(@PathParam("id") UUID id, @Context Request request) {
        return serve(id, Rendition.PUBLIC, request).build();
    }

    @GET
    @Path("{id}/thumbnail")
    public Response thumbnail(@PathParam("id") UUID id, @Context Request request) {
        return serve(id, Rendition.THUMBNAIL, request).build();
    }

    private Response.ResponseBuilder serve(UUID id, Rendition rendition, Request request) {
        MediaContent c = media.open(id, rendition).orElseThrow(() -> ProblemException.notFound(
                "There is no photo " + id + " in this tenant. Check the id; photos of other tenants are never shown."));
        EntityTag tag = new EntityTag(c.etag());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder b = notModified != null ? notModified : Response.ok(c.bytes(), c.contentType());
        return b.tag(tag).header("Cache-Control", CACHE).header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline");
    }

    /** Every tenant role but the resident works for the street office and may see where a photo was taken. */
    private boolean staff() {
        return identity.getRoles().stream().map(Role::fromCode).flatMap(java.util.Optional::stream)
                .anyMatch(r -> r.isTenantRole() && r != Role.RESIDENT);
    }
}
