package org.gridx.core.identity.service;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.gridx.api.identity.Role;
import org.gridx.api.identity.TokenClaims;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.identity.domain.OperatorAccount;

/**
 * Signs RS256 access tokens with the key at {@code smallrye.jwt.sign.key.location}. Issuer and audience
 * come from the same configuration the verifier checks, so a token is only valid where it was issued.
 */
@ApplicationScoped
public class TokenIssuer {

    @Inject
    JwtConfig config;

    public String forAccount(Account a) {
        JwtClaimsBuilder b = base(a.id.toString(), a.username, Set.copyOf(a.roles))
                .claim(TokenClaims.TENANT, a.tenantId)
                .claim(TokenClaims.GRID_SCOPE, List.copyOf(a.gridScope))
                .claim(TokenClaims.NAME, a.displayName);
        if (a.departmentCode != null) {
            b.claim(TokenClaims.DEPARTMENT, a.departmentCode);
        }
        return b.jws().sign();
    }

    /** Operators get no tenant claim, so the tenant gate refuses their token on every tenant path. */
    public String forOperator(OperatorAccount o) {
        return base(o.username, o.username, Set.of(Role.Names.PLATFORM_OPERATOR))
                .claim(TokenClaims.NAME, o.displayName).jws().sign();
    }

    private JwtClaimsBuilder base(String subject, String upn, Set<String> groups) {
        return Jwt.issuer(config.issuer()).audience(config.audience()).subject(subject).upn(upn).groups(groups)
                .issuedAt(java.time.Instant.now()).expiresIn(config.accessTtl());
    }
}
