package org.gridx.core.elements.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.gridx.api.identity.Role;
import org.gridx.api.identity.TokenClaims;

/**
 * Which elements the caller may see: the tenant administrator all of them, staff the subtree of the grid
 * nodes in their token's grid scope, anyone else (residents, staff without a scope) none. Reveal of clear
 * personal data is for the grid's own specialist and informant and the tenant administrator.
 */
@RequestScoped
public class ElementScope {

    private static final String SUBTREE = """
            WITH RECURSIVE t AS (SELECT id FROM grid_node WHERE code = ANY(CAST(?1 AS text[]))
              UNION SELECT g.id FROM grid_node g JOIN t ON g.parent_id = t.id) SELECT id FROM t""";

    @Inject
    SecurityIdentity identity;
    @Inject
    JsonWebToken jwt;
    @Inject
    EntityManager em;

    private Set<UUID> grids;

    public boolean all() {
        return identity.hasRole(Role.Names.TENANT_ADMIN);
    }

    public boolean mayReveal() {
        return identity.hasRole(Role.Names.TENANT_ADMIN) || identity.hasRole(Role.Names.SPECIALIST)
                || identity.hasRole(Role.Names.INFORMANT);
    }

    public String tenant() {
        return jwt.getClaim(TokenClaims.TENANT);
    }

    public String actor() {
        return identity.getPrincipal().getName();
    }

    public List<String> roles() {
        return identity.getRoles().stream().sorted().toList();
    }

    /** Grid node ids in the caller's scope (empty for tenant-wide callers: use {@link #all()} first). */
    public Set<UUID> grids() {
        if (grids == null) {
            String[] codes = scopeCodes().toArray(String[]::new);
            grids = subtree(codes);
        }
        return grids;
    }

    /** The nodes with these codes and everything below them. */
    @SuppressWarnings("unchecked")
    public Set<UUID> subtree(String... codes) {
        return codes.length == 0 ? Set.of()
                : new HashSet<>(em.createNativeQuery(SUBTREE, UUID.class).setParameter(1, codes).getResultList());
    }

    public boolean covers(UUID gridNodeId) {
        return all() || grids().contains(gridNodeId);
    }

    private List<String> scopeCodes() {
        Object claim = jwt.getClaim(TokenClaims.GRID_SCOPE);
        if (claim instanceof JsonArray a) {
            return a.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).toList();
        }
        if (claim instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return claim instanceof String s ? List.of(s) : List.of();
    }
}
