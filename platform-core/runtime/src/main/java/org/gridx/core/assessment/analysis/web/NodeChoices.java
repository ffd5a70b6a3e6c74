package org.gridx.core.assessment.analysis.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.gridx.core.tenancy.db.TransactionSql;

/** The street and community nodes under the caller's scope, for the page's area picker (one statement). */
@ApplicationScoped
@Transactional
public class NodeChoices {

    @Inject
    TransactionSql sql;

    public List<NodeChoice> under(String prefix, String selected, boolean en) {
        String p = prefix == null ? "" : prefix;
        return sql.rows("SELECT code, name_zh, name_en, level FROM grid_node WHERE level BETWEEN 1 AND 2 "
                + "AND retired_at IS NULL AND left(code, ?) = ? ORDER BY code",
                rs -> new NodeChoice(rs.getString(1), en && rs.getString(3) != null ? rs.getString(3) : rs.getString(2),
                        rs.getInt(4), rs.getString(1).equals(selected)), p.length(), p);
    }
}
