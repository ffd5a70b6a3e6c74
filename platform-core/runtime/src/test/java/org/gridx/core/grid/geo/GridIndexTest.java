package org.gridx.core.grid.geo;

import static org.gridx.core.grid.geo.Shapes.LAT;
import static org.gridx.core.grid.geo.Shapes.LON;
import static org.gridx.core.grid.geo.Shapes.rect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Locate on and near boundaries: deepest level wins, shared edges resolve by code, outside says how far. */
class GridIndexTest {

    private static List<GridIndex.Entry> tree() {
        return List.of(new GridIndex.Entry("S", 1, rect(0, 0, 0.002, 0.001)),
                new GridIndex.Entry("S01", 2, rect(0, 0, 0.002, 0.001)),
                new GridIndex.Entry("S01002", 3, rect(0.001, 0, 0.002, 0.001)),
                new GridIndex.Entry("S01001", 3, rect(0, 0, 0.001, 0.001)));
    }

    @Test
    void aPointInsideAGridFindsTheDeepestNode() {
        GridIndex index = new GridIndex(tree());
        assertEquals("S01001", index.locate(LON + 0.0005, LAT + 0.0005).orElseThrow().code());
        assertEquals("S01002", index.locate(LON + 0.0015, LAT + 0.0005).orElseThrow().code());
        assertEquals(3, index.locate(LON + 0.0015, LAT + 0.0005).orElseThrow().level());
    }

    @Test
    void aPointOnASharedEdgeOrCornerResolvesToTheSmallestCodeWhateverTheInsertionOrder() {
        List<GridIndex.Entry> shuffled = new ArrayList<>(tree());
        for (int i = 0; i < 5; i++) {
            Collections.shuffle(shuffled);
            GridIndex index = new GridIndex(shuffled);
            assertEquals("S01001", index.locate(LON + 0.001, LAT + 0.0005).orElseThrow().code());
            assertEquals("S01001", index.locate(LON + 0.001, LAT + 0.001).orElseThrow().code());
        }
    }

    @Test
    void justInsideAndJustOutsideTheOuterEdge() {
        GridIndex index = new GridIndex(tree());
        double cm = 0.1 / 85_000;
        assertEquals("S01002", index.locate(LON + 0.002 - cm, LAT + 0.0005).orElseThrow().code());
        assertEquals("S01002", index.locate(LON + 0.002, LAT + 0.0005).orElseThrow().code());
        assertTrue(index.locate(LON + 0.002 + cm, LAT + 0.0005).isEmpty());
    }

    @Test
    void aPointOutsideEveryGridGetsTheNearestGridAndItsDistance() {
        GridIndex index = new GridIndex(tree());
        assertTrue(index.locate(LON - 0.001, LAT + 0.0005).isEmpty());
        GridIndex.Nearest near = index.nearest(LON + 0.003, LAT + 0.0005).orElseThrow();
        assertEquals("S01002", near.code());
        assertEquals(84.8, near.distanceM(), 1.0);
    }
}
