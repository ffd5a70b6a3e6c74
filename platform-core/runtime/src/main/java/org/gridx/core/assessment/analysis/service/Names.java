package org.gridx.core.assessment.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.gridx.core.tenancy.db.TransactionSql;

/**
 * Names for the codes an analysis shows, in the reader's language: one statement per kind, for just the codes
 * on the page. An item's name is from the newest list version that has it (names of retired items stay).
 */
@ApplicationScoped
@Transactional
public class Names {

    @Inject
    TransactionSql sql;

    public Map<String, String> items(Collection<String> codes, boolean en) {
        return map("SELECT DISTINCT ON (i.code) i.code, i.name_zh, i.name_en FROM disposal_list_item i "
                + "JOIN disposal_list_version v ON v.tenant_id = i.tenant_id AND v.id = i.version_id "
                + "WHERE i.code = ANY(?) ORDER BY i.code, v.number DESC", codes, en);
    }

    public Map<String, String> grids(Collection<String> codes, boolean en) {
        return map("SELECT code, name_zh, name_en FROM grid_node WHERE code = ANY(?)", codes, en);
    }

    public Map<String, String> departments(Collection<String> codes, boolean en) {
        return map("SELECT code, name_zh, name_en FROM department WHERE code = ANY(?)", codes, en);
    }

    private Map<String, String> map(String query, Collection<String> codes, boolean en) {
        Map<String, String> out = new HashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        sql.rows(query, rs -> out.put(rs.getString(1), en && rs.getString(3) != null ? rs.getString(3) : rs.getString(2)),
                (Object) codes.toArray(String[]::new));
        return out;
    }
}
