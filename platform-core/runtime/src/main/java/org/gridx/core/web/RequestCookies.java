package org.gridx.core.web;

import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Withholds a cookie from the rest of this request's processing. Vert.x parses the Cookie header once
 * into a jar (shared with the response) and later readers ask that jar, while SmallRye JWT re-parses the
 * raw header when the jar is empty: both are changed, or a withheld token could still authenticate.
 * Removing from the jar directly does not send a Set-Cookie; the browser keeps its cookie.
 */
public final class RequestCookies {

    private RequestCookies() {
    }

    public static void remove(RoutingContext rc, String name) {
        String header = rc.request().getHeader("Cookie");
        if (header == null) {
            return;
        }
        String kept = Arrays.stream(header.split(";")).map(String::trim).filter(c -> !c.isEmpty())
                .filter(c -> !c.startsWith(name + "=")).collect(Collectors.joining("; "));
        if (kept.isEmpty()) {
            rc.request().headers().remove("Cookie");
        } else {
            rc.request().headers().set("Cookie", kept);
        }
        rc.request().cookies().removeIf(c -> name.equals(c.getName()) && c.getPath() == null);
    }
}
