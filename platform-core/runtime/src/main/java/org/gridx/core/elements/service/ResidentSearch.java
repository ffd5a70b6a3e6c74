package org.gridx.core.elements.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gridx.api.tenant.TenantContext;

/**
 * Searches the residents the caller may see. Native SQL (arrays, blind-index bytes), so the tenant is named
 * explicitly as well as enforced by row-level security.
 */
@RequestScoped
public class ResidentSearch {

    private static final String FROM = """
             FROM resident r JOIN grid_node g ON g.tenant_id = r.tenant_id AND g.id = r.grid_node_id
             LEFT JOIN household h ON h.tenant_id = r.tenant_id AND h.id = r.household_id
             WHERE r.tenant_id = :tenant""";

    @Inject
    EntityManager em;
    @Inject
    ElementScope scope;
    @Inject
    PersonalData personal;
    @Inject
    TenantContext tenant;

    public record Page(long total, List<ResidentView> items) {
    }

    public Page search(ResidentQuery q) {
        return search(q, null);
    }

    private Page search(ResidentQuery q, UUID id) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(FROM);
        params.put("tenant", tenant.require());
        if (!scope.all()) {
            where.append(" AND CAST(r.grid_node_id AS text) = ANY(CAST(:scope AS text[]))");
            params.put("scope", ids(scope.grids()));
        }
        if (q.gridCode() != null) {
            where.append(" AND CAST(r.grid_node_id AS text) = ANY(CAST(:grid AS text[]))");
            params.put("grid", ids(scope.subtree(q.gridCode())));
        }
        if (id != null) {
            where.append(" AND r.id = :id");
            params.put("id", id);
        }
        if (q.name() != null) {
            where.append(" AND r.name LIKE :name");
            params.put("name", "%" + q.name().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (q.idCard() != null) {
            where.append(" AND r.id_card_index = :idCard");
            params.put("idCard", personal.idCardIndex(q.idCard()));
        }
        if (q.phone() != null) {
            where.append(" AND r.phone_index = :phone");
            params.put("phone", personal.phoneIndex(q.phone()));
        }
        if (q.tag() != null) {
            where.append(" AND :tag = ANY(r.tags)");
            params.put("tag", q.tag());
        }
        long total = ((Number) bind(em.createNativeQuery("SELECT count(*)" + where), params).getSingleResult()).longValue();
        Query select = bind(em.createNativeQuery("SELECT r.id, r.name, r.gender, r.birth_year, r.id_card_masked,"
                + " r.phone_masked, g.code, h.code AS household, array_to_string(r.tags, ',')" + where
                + " ORDER BY r.name, r.id LIMIT :limit OFFSET :offset"), params);
        select.setParameter("limit", q.limit()).setParameter("offset", q.offset());
        List<ResidentView> items = new ArrayList<>();
        for (Object row : select.getResultList()) {
            Object[] c = (Object[]) row;
            String tags = (String) c[8];
            items.add(new ResidentView((UUID) c[0], (String) c[1], (String) c[2],
                    c[3] == null ? null : ((Number) c[3]).intValue(), (String) c[4], (String) c[5], (String) c[6],
                    (String) c[7], tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split(","))));
        }
        return new Page(total, items);
    }

    /** One visible resident, or 404: outside the caller's scope it does not exist for them. */
    public ResidentView byId(UUID id) {
        return search(new ResidentQuery(null, null, null, null, null, 1, 0), id).items().stream().findFirst()
                .orElseThrow(() -> org.gridx.api.problem.ProblemException.notFound("No resident " + id + " in your scope."));
    }

    private static String[] ids(Set<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }
}
