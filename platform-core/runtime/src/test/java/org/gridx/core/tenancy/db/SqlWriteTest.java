package org.gridx.core.tenancy.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlWriteTest {

    static final SqlWrite CASE = new SqlWrite("INSERT INTO a (x) VALUES (?)", List.of(1));
    static final SqlWrite ENTRY = new SqlWrite("INSERT INTO b (y) VALUES (?)", List.of(2));
    static final SqlWrite EVENT = new SqlWrite(" insert INTO c (z) VALUES (?)", Arrays.asList((Object) null));

    @Test
    void partsGoInOrderAndTheLastIsTheStatementItself() {
        assertEquals("INSERT INTO a (x) VALUES (?)", SqlWrite.together(List.of(CASE)));
        assertEquals("WITH w0 AS (INSERT INTO a (x) VALUES (?)), w1 AS (INSERT INTO b (y) VALUES (?))  insert INTO c (z) VALUES (?)",
                SqlWrite.together(List.of(CASE, ENTRY, EVENT)));
    }

    @Test
    void aNullParameterIsKeptForItsColumn() {
        assertEquals(1, EVENT.params().size());
        assertEquals(null, EVENT.params().get(0));
    }

    @Test
    void onlyInsertsAreWrittenTogether() {
        // parts of one statement share a snapshot: an UPDATE could not see a row another part writes
        assertThrows(IllegalArgumentException.class, () -> new SqlWrite("UPDATE a SET x = ?", List.of(1)));
        assertThrows(IllegalArgumentException.class, () -> new SqlWrite("DELETE FROM a", List.of()));
    }
}
