package org.gridx.core.demo.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows to insert as one statement: one array per column, opened with {@code unnest} on the server. Thousands
 * of rows cost one round trip and one parse (COPY would be faster still, but PostgreSQL refuses COPY FROM
 * into tables with row-level security, and every tenant table has it).
 */
final class Columns {

    private final Map<String, String> types = new LinkedHashMap<>();
    private final Map<String, List<Object>> values = new LinkedHashMap<>();

    /** Declares a column of SQL array element type {@code type} (uuid, text, float8, int4, bool). */
    Columns column(String name, String type) {
        types.put(name, type);
        values.put(name, new ArrayList<>());
        return this;
    }

    void add(String name, Object value) {
        values.get(name).add(value);
    }

    int size() {
        return values.values().iterator().next().size();
    }

    /** {@code unnest(?::uuid[], …) AS u(a, …)}: the columns as a row source named u. */
    String source() {
        StringBuilder params = new StringBuilder();
        types.forEach((n, t) -> params.append(params.isEmpty() ? "" : ", ").append("?::").append(t).append("[]"));
        return "unnest(" + params + ") AS u(" + String.join(", ", types.keySet()) + ")";
    }

    int bind(Connection c, PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Map.Entry<String, String> col : types.entrySet()) {
            ps.setArray(i++, c.createArrayOf(col.getValue(), values.get(col.getKey()).toArray()));
        }
        return i;
    }
}
