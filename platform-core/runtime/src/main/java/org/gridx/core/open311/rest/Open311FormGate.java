package org.gridx.core.open311.rest;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Open311 clients POST plain forms authenticated by an api_key field, not by a session cookie, so the
 * cross-site-request-forgery check that guards the pages' forms does not apply to them (a forged post
 * would need the key). quarkus-rest-csrf has no per-path exemption and refuses any form post without its
 * token, so this gate relabels exactly these posts as {@link #FORM} before the REST layer sees them; the
 * resource reads that type as the form it is. Multipart is refused here, in Open311's error format.
 */
@ApplicationScoped
public class Open311FormGate {

    /** The relabelled form; only the Open311 POST accepts it. */
    public static final String FORM = "application/vnd.gridx.open311-form";
    private static final Pattern POST_PATH = Pattern.compile("^/open311/t/[^/]+/v2/requests\\.[a-z]+$");

    void register(@Observes Router router) {
        router.route().order(-900).handler(this::gate);
    }

    void gate(RoutingContext rc) {
        if (rc.request().method() != HttpMethod.POST || !POST_PATH.matcher(rc.normalizedPath()).matches()) {
            rc.next();
            return;
        }
        String type = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (type == null) {
            rc.request().headers().set(HttpHeaders.CONTENT_TYPE, FORM); // a bare post: read it as the form it should be
        } else if (lower.startsWith("application/x-www-form-urlencoded")) {
            rc.request().headers().set(HttpHeaders.CONTENT_TYPE, FORM + type.substring("application/x-www-form-urlencoded".length()));
        } else if (lower.startsWith("multipart/")) {
            Open311Format format = Open311Format.ofPath(rc.normalizedPath());
            byte[] body = (byte[]) Open311Writer.errors(400, List.of("Send the fields form-encoded "
                    + "(application/x-www-form-urlencoded); photos go by media_url."), format).getEntity();
            rc.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, format.mediaType())
                    .end(io.vertx.core.buffer.Buffer.buffer(body));
            return;
        }
        rc.next();
    }
}
