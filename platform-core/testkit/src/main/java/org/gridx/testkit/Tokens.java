package org.gridx.testkit;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.gridx.api.identity.TokenClaims;

/**
 * Mints access tokens for tests with the platform's own test key, issuer and audience, so tests can act
 * as any role of any tenant without going through the login, and can forge the bad tokens the platform
 * must refuse.
 */
public final class Tokens {

    private Tokens() {
    }

    public static String issuer() {
        return ConfigProvider.getConfig().getValue("gridx.jwt.issuer", String.class);
    }

    public static String audience() {
        return ConfigProvider.getConfig().getValue("gridx.jwt.audience", String.class);
    }

    /** Claims of a valid token for {@code username} in {@code tenant} with {@code roles}. */
    public static JwtClaimsBuilder claims(String tenant, String username, String... roles) {
        JwtClaimsBuilder b = Jwt.issuer(issuer()).audience(audience()).subject(username).upn(username)
                .groups(Set.of(roles)).issuedAt(Instant.now()).expiresIn(Duration.ofMinutes(5));
        if (tenant != null) {
            b.claim(TokenClaims.TENANT, tenant);
            b.claim(TokenClaims.GRID_SCOPE, List.of());
        }
        return b;
    }

    /** A valid token signed with the platform's test key. */
    public static String of(String tenant, String username, String... roles) {
        return sign(claims(tenant, username, roles));
    }

    /**
     * A token for a staff account as sign-in issues it: its roles, the grids it answers for and, for department
     * staff, its department ({@code null} for none).
     */
    public static String staff(String tenant, String username, List<String> roles, List<String> gridScope, String department) {
        JwtClaimsBuilder b = claims(tenant, username, roles.toArray(String[]::new)).claim(TokenClaims.GRID_SCOPE, gridScope);
        if (department != null) {
            b.claim(TokenClaims.DEPARTMENT, department);
        }
        return sign(b);
    }

    /** Signs what a test built with the platform's test key. */
    public static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("test").sign(TestKeys.pair().getPrivate());
    }

    /** A valid platform operator token (no tenant). */
    public static String operator(String username) {
        return of(null, username, "platform-operator");
    }
}
