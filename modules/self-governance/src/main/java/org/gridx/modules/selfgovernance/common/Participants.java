package org.gridx.modules.selfgovernance.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.gridx.api.identity.TokenClaims;

/** Reads the {@link Participant} of this request from the verified token (never from the request body). */
@RequestScoped
public class Participants {

    @Inject
    JsonWebToken jwt;

    public Participant current() {
        String username = jwt.getName();
        Object name = jwt.getClaim(TokenClaims.NAME);
        String display = name == null || String.valueOf(name).isBlank() ? username : unquote(String.valueOf(name));
        return new Participant(username, display, jwt.getGroups() == null ? Set.of() : jwt.getGroups(), scope());
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
