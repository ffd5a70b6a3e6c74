package org.gridx.core.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.UncheckedIOException;
import org.gridx.api.identity.Role;

/**
 * {@code GET /api/t/{tenant}/live}: a server-sent event stream of the tenant's live events that the caller
 * may see (boards, inboxes), plus their own new notifications (event {@code notification}). Each event's
 * id is its outbox sequence number, so a browser that reconnects with {@code Last-Event-ID} first gets
 * what it missed. Pages open it with the session cookie; API clients with a bearer token.
 */
@Path("/api/t/{tenant}/live")
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SPECIALIST,
        Role.Names.INFORMANT, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN,
        Role.Names.RESIDENT})
public class LiveResource {

    @Inject
    LiveAudiences audiences;
    @Inject
    LiveHub hub;
    @Inject
    LiveReplay replay;
    @Inject
    LiveConfig config;
    @Inject
    ObjectMapper json;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    public void stream(@PathParam("tenant") String tenant, @QueryParam("types") String types,
            @HeaderParam("Last-Event-ID") String lastEventId, @Context SseEventSink sink, @Context Sse sse) {
        LiveAudience audience = audiences.of(LiveParams.types(types));
        Long after = LiveParams.lastEventId(lastEventId);
        LiveSubscriber s = new LiveSubscriber(tenant, audience, sink, sse, this::write);
        hub.add(s);
        try {
            s.comment("connected", config.retry().toMillis());
            replay.replay(s, after);
        } catch (RuntimeException e) {
            hub.remove(s);
            s.close();
            throw e;
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
