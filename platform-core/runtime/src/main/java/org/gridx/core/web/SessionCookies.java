package org.gridx.core.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;

/**
 * The session cookies of the pages. The access token goes to {@code gridx_token} on {@code /}, where
 * the verifier reads it (the tenant gate withholds it from other tenants' paths); the refresh token only
 * travels to its own tenant's pages. Both HttpOnly (scripts cannot steal them), SameSite=Lax (no
 * cross-site form posts), Secure whenever the request came over https.
 */
public final class SessionCookies {

    public static final String ACCESS = "gridx_token";
    public static final String REFRESH = "gridx_refresh";

    private SessionCookies() {
    }

    public static void signIn(RoutingContext rc, String tenant, String access, Duration accessTtl, String refresh,
            Duration refreshTtl) {
        RequestCookies.remove(rc, ACCESS);
        rc.response().addCookie(cookie(rc, ACCESS, access, "/", accessTtl.toSeconds()));
        if (refresh != null) {
            rc.response().addCookie(cookie(rc, REFRESH, refresh, refreshPath(tenant), refreshTtl.toSeconds()));
        }
    }

    public static void signOut(RoutingContext rc, String tenant) {
        rc.response().addCookie(cookie(rc, ACCESS, "", "/", 0));
        if (tenant != null) {
            rc.response().addCookie(cookie(rc, REFRESH, "", refreshPath(tenant), 0));
        }
    }

    public static String refreshPath(String tenant) {
        return "/t/" + tenant;
    }

    public static boolean secure(RoutingContext rc) {
        return "https".equalsIgnoreCase(rc.request().scheme());
    }

    private static Cookie cookie(RoutingContext rc, String name, String value, String path, long maxAge) {
        return Cookie.cookie(name, value).setPath(path).setMaxAge(maxAge).setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX).setSecure(secure(rc));
    }
}
