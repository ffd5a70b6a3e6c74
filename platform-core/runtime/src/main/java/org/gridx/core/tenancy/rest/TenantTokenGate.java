package org.gridx.core.tenancy.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridx.api.identity.TokenClaims;
import org.gridx.core.web.RequestCookies;

/**
 * The first thing a tenant-scoped request meets, before authentication and role checks: a token issued
 * for another tenant (or an operator token) gets 404, so it cannot even tell a 403 from a missing page
 * in a tenant that is not its own. It reads the token's claims without verifying them, which is safe
 * because it can only refuse; a token that passes here is still fully verified afterwards, and
 * {@link TenantRequestFilter} checks the verified claim again.
 */
@ApplicationScoped
public class TenantTokenGate {

    private static final Pattern TENANT_PATH = Pattern.compile("^/(?:api/)?t/([^/?]+)(?:[/?].*)?$");
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String COOKIE = "gridx_token";

    void register(@Observes Router router) {
        router.route().order(-1000).handler(this::gate);
    }

    void gate(RoutingContext rc) {
        Matcher m = TENANT_PATH.matcher(rc.normalizedPath());
        if (!m.matches()) {
            rc.next();
            return;
        }
        String tenant = m.group(1);
        String bearer = bearer(rc);
        if (bearer == null) {
            dropForeignCookie(rc, tenant);
        } else if (!tenant.equals(claimedTenant(bearer))) {
            rc.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                    .end("{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404,"
                            + "\"detail\":\"There is no tenant here that your sign-in is valid for. "
                            + "Check the tenant code in the address and sign in to that tenant.\"}");
            return;
        }
        rc.next();
    }

    private static String bearer(RoutingContext rc) {
        String auth = rc.request().getHeader("Authorization");
        return auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).trim() : null;
    }

    /**
     * A browser signed in to one tenant that opens another tenant's pages is simply not signed in there:
     * the foreign session cookie is withheld from this request, so the login page still works.
     */
    private static void dropForeignCookie(RoutingContext rc, String tenant) {
        Cookie cookie = rc.request().getCookie(COOKIE);
        if (cookie != null && !tenant.equals(claimedTenant(cookie.getValue()))) {
            RequestCookies.remove(rc, COOKIE);
        }
    }

    private static String claimedTenant(String token) {
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            JsonNode tenant = claims.get(TokenClaims.TENANT);
            return tenant == null || !tenant.isTextual() ? null : tenant.asText();
        } catch (IllegalArgumentException | java.io.IOException e) {
            return null;
        }
    }
}
