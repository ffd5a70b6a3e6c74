package org.gridx.core.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Remembers an explicit {@code ?lang=} choice in a cookie, so later pages keep that language. */
public class LanguageCookieFilter {

    @ServerResponseFilter
    public void remember(ContainerResponseContext response, RoutingContext rc) {
        String path = rc.normalizedPath();
        if (!path.startsWith("/t/") && !path.startsWith("/operator")) {
            return;
        }
        PageLocales.supported(rc.request().getParam("lang")).ifPresent(l -> rc.response().addCookie(
                Cookie.cookie(PageLocales.COOKIE, PageLocales.tag(l)).setPath("/").setMaxAge(365L * 24 * 3600)
                        .setSameSite(CookieSameSite.LAX).setSecure(SessionCookies.secure(rc))));
    }
}
