package org.gridx.core.open311.rest;

import io.quarkus.logging.Log;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.gridx.core.open311.service.Open311Catalogue;
import org.gridx.core.open311.service.Open311Discovery;
import org.gridx.core.open311.service.Open311Doc;
import org.gridx.core.open311.service.Open311Exception;
import org.gridx.core.open311.service.Open311Intake;
import org.gridx.core.open311.service.Open311Post;
import org.gridx.core.open311.service.Open311Requests;
import org.gridx.core.open311.service.Open311Time;
import org.gridx.core.open311.service.Open311Updates;
import org.gridx.core.tenancy.service.TenantZone;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Open311 GeoReport v2 for one tenant, plus discovery and mySociety's servicerequestupdates. Public: reads
 * need no sign-in (the spec's clients have none) and a post needs an api_key; the tenant comes from the
 * path ({@link Open311Admission}). Every answer and every error is in the format the address ends with.
 */
@Path("/open311/t/{tenant}")
@PermitAll
public class Open311Resource {

    @Inject
    Open311Discovery discovery;
    @Inject
    Open311Catalogue catalogue;
    @Inject
    Open311Requests requests;
    @Inject
    Open311Intake intake;
    @Inject
    Open311Updates updates;
    @Inject
    TenantZone zone;

    @GET
    @Path("discovery.{format}")
    public Response discovery(@PathParam("format") String format, @QueryParam("locale") String locale,
            @HeaderParam("Accept-Language") String accept) {
        return ok(discovery.document(Open311Locale.of(locale, accept)), format);
    }

    @GET
    @Path("v2/discovery.{format}")
    public Response discoveryInV2(@PathParam("format") String format, @QueryParam("locale") String locale,
            @HeaderParam("Accept-Language") String accept) {
        return discovery(format, locale, accept);
    }

    @GET
    @Path("v2/services.{format}")
    public Response services(@PathParam("format") String format, @QueryParam("locale") String locale,
            @HeaderParam("Accept-Language") String accept) {
        return ok(catalogue.services(Open311Locale.of(locale, accept)), format);
    }

    @GET
    @Path("v2/services/{code}.{format}")
    public Response definition(@PathParam("code") String code, @PathParam("format") String format,
            @QueryParam("locale") String locale, @HeaderParam("Accept-Language") String accept) {
        return ok(catalogue.definition(code, Open311Locale.of(locale, accept)), format);
    }

    @GET
    @Path("v2/requests.{format}")
    public Response list(@PathParam("format") String format, @QueryParam("service_request_id") String ids,
            @QueryParam("service_code") String codes, @QueryParam("start_date") String start,
            @QueryParam("end_date") String end, @QueryParam("status") String status,
            @QueryParam("locale") String locale, @HeaderParam("Accept-Language") String accept) {
        Open311Format.of(format);
        Open311Requests.Filter f = new Open311Requests.Filter(Open311Params.list(ids, "service_request_id", Open311Params.NUMBER),
                Open311Params.list(codes, "service_code", Open311Params.CODE), Open311Time.parse(start, "start_date", zone.current()),
                Open311Time.parse(end, "end_date", zone.current()), Open311Params.list(status, "status", Open311Params.STATUS));
        return ok(requests.find(f, Open311Locale.of(locale, accept)), format);
    }

    @POST
    @Path("v2/requests.{format}")
    public Response post(@PathParam("format") String format, @HeaderParam("Content-Type") String type,
            @QueryParam("locale") String locale, @HeaderParam("Accept-Language") String accept, String body) {
        Open311Format f = Open311Format.of(format);
        if (type == null || !type.startsWith(Open311FormGate.FORM)) {
            throw Open311Exception.badRequest("Send the fields form-encoded (application/x-www-form-urlencoded), as the spec says.");
        }
        Open311Post p = Open311Post.of(Open311Form.parse(body));
        return Open311Writer.response(201, intake.post(p, Open311Locale.of(locale, accept)), f);
    }

    @GET
    @Path("v2/requests/{id}.{format}")
    public Response one(@PathParam("id") String id, @PathParam("format") String format,
            @QueryParam("locale") String locale, @HeaderParam("Accept-Language") String accept) {
        Open311Format.of(format);
        return ok(requests.one(id, Open311Locale.of(locale, accept)), format);
    }

    @GET
    @Path("v2/tokens/{token}.{format}")
    public Response token(@PathParam("token") String token, @PathParam("format") String format) {
        Open311Format.of(format);
        return ok(requests.token(token), format);
    }

    @GET
    @Path("v2/servicerequestupdates.{format}")
    public Response updates(@PathParam("format") String format, @QueryParam("start_date") String start,
            @QueryParam("end_date") String end, @QueryParam("locale") String locale,
            @HeaderParam("Accept-Language") String accept) {
        Open311Format.of(format);
        return ok(updates.between(Open311Time.parse(start, "start_date", zone.current()),
                Open311Time.parse(end, "end_date", zone.current()), Open311Locale.of(locale, accept)), format);
    }

    /** Anything else under the tenant's Open311 address: a 404 that lists what is there. */
    @GET
    @Path("{any: .*}")
    public Response unknown(@PathParam("any") String any) {
        throw Open311Exception.notFound("Nothing is at '" + any + "'. This tenant answers discovery, v2/services, "
                + "v2/services/{code}, v2/requests, v2/requests/{id}, v2/tokens/{token} and v2/servicerequestupdates, "
                + "each ending in .xml or .json.");
    }

    @POST
    @Path("{any: .*}")
    public Response unknownPost(@PathParam("any") String any) {
        return unknown(any);
    }

    private static Response ok(Open311Doc doc, String format) {
        return Open311Writer.response(200, doc, Open311Format.of(format));
    }

    @ServerExceptionMapper
    public Response open311(Open311Exception e, ContainerRequestContext req) {
        return Open311Writer.errors(e.status(), e.descriptions(), Open311Format.ofPath(req.getUriInfo().getPath()));
    }

    @ServerExceptionMapper
    public Response other(Throwable e, ContainerRequestContext req) {
        Open311Exception translated = Open311Errors.translate(e);
        if (translated.status() >= 500) {
            Log.errorf(e, "unexpected failure on %s", req.getUriInfo().getPath());
        }
        return open311(translated, req);
    }
}
