package org.gridx.core.identity.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.identity.service.AccountLogin;
import org.gridx.core.identity.service.IssuedTokens;
import org.gridx.core.tenancy.service.TenantDirectory;
import org.gridx.core.web.RequestCookies;
import org.gridx.core.web.SessionCookies;

/**
 * Keeps a page session alive past the short access token: when a page GET arrives without a live access
 * cookie but with the tenant's refresh cookie, the refresh token is rotated and the new access token is
 * used for this very request and set for the next ones. An expired access cookie is withheld either way,
 * so it never turns a public page (sign-in) into a 401. Runs after the tenant gate, before authentication.
 * Expiry is read without verifying the signature: that can only make us drop a cookie, never trust one.
 */
@ApplicationScoped
public class SessionRenewal {

    private static final Pattern PAGE = Pattern.compile("^/t/([a-z][a-z0-9-]{1,62})(?:/.*)?$");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TenantContext tenants;
    @Inject
    TenantDirectory directory;
    @Inject
    AccountLogin login;

    void register(@Observes Router router) {
        router.route().order(-900).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        String path = rc.normalizedPath();
        boolean page = path.startsWith("/t/") || path.startsWith("/operator");
        if (!page || rc.request().getHeader("Authorization") != null) {
            rc.next();
            return;
        }
        Cookie access = rc.request().getCookie(SessionCookies.ACCESS);
        boolean live = access != null && !expired(access.getValue());
        if (access != null && !live) {
            RequestCookies.remove(rc, SessionCookies.ACCESS);
        }
        Matcher m = PAGE.matcher(path);
        Cookie refresh = rc.request().getCookie(SessionCookies.REFRESH);
        if (live || refresh == null || !m.matches() || !"GET".equals(rc.request().method().name())) {
            rc.next();
            return;
        }
        String tenant = m.group(1);
        rc.vertx().executeBlocking(() -> renew(tenant, refresh.getValue()), false).onComplete(ar -> {
            IssuedTokens t = ar.succeeded() ? ar.result() : null;
            if (t == null) {
                SessionCookies.signOut(rc, tenant);
            } else {
                SessionCookies.signIn(rc, tenant, t.accessToken(), t.accessTtl(), t.refreshToken(), t.refreshTtl());
            }
            rc.next();
        });
    }

    private IssuedTokens renew(String tenant, String refreshToken) {
        if (refreshToken.isBlank() || refreshToken.length() > 100 || !directory.isActive(tenant)) {
            return null;
        }
        // Catch inside the unit of work so it commits: a reused token's revocation of the others must stick.
        return tenants.callAs(tenant, () -> {
            try {
                return login.refresh(refreshToken);
            } catch (ProblemException e) {
                return null;
            }
        });
    }

    /** True when the token's exp has passed (or is unreadable): such a cookie is useless to keep. */
    static boolean expired(String token) {
        String[] parts = token.split("\\.");
        try {
            JsonNode exp = parts.length < 2 ? null : JSON.readTree(Base64.getUrlDecoder().decode(parts[1])).get("exp");
            return exp == null || !exp.canConvertToLong() || Instant.ofEpochSecond(exp.asLong()).isBefore(Instant.now().plusSeconds(5));
        } catch (IllegalArgumentException | java.io.IOException e) {
            return true;
        }
    }
}
