package org.gridx.modules.selfgovernance.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.gridx.api.identity.Role;
import org.gridx.api.identity.TokenClaims;
import org.gridx.api.resident.ResidentDirectory;

/**
 * Reads the {@link Participant} of this request from the verified token (never from the request body), and
 * for residents where they live from the core's resident directory (once per request).
 */
@RequestScoped
public class Participants {

    @Inject
    JsonWebToken jwt;
    @Inject
    ResidentDirectory residents;

    private Participant current;

    public Participant current() {
        if (current == null) {
            String username = jwt.getName();
            Object name = jwt.getClaim(TokenClaims.NAME);
            String display = name == null || String.valueOf(name).isBlank() ? username : unquote(String.valueOf(name));
            Set<String> roles = jwt.getGroups() == null ? Set.of() : jwt.getGroups();
            current = new Participant(username, display, roles, scope(), roles.contains(Role.Names.RESIDENT)
                    ? homes(username) : Set.of());
        }
        return current;
    }

    private Set<String> homes(String username) {
        Set<String> homes = new HashSet<>();
        residents.byUsername(username).ifPresent(r -> {
            homes.add(r.gridCode());
            if (r.communityCode() != null) {
                homes.add(r.communityCode());
            }
        });
        return homes;
    }

    private Set<String> scope() {
        Object claim = jwt.getClaim(TokenClaims.GRID_SCOPE);
        Set<String> codes = new HashSet<>();
        if (claim instanceof Collection<?> c) {
            c.forEach(v -> codes.add(unquote(String.valueOf(v))));
        } else if (claim instanceof String s) {
            codes.add(s);
        }
        return codes;
    }

    /** JSON-P strings print with their quotes. */
    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
