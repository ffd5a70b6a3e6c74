package org.gridx.core.grid.geo;

import static org.gridx.core.grid.geo.Shapes.rect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The coverage check on crafted tilings: exact, with a gap, an overlap, an overhang, and noise. */
class CoverageCheckTest {

    private final CoverageCheck check = new CoverageCheck(CoverageTolerance.DEFAULT);
    private final CoverageCheck.Part parent = new CoverageCheck.Part("P", rect(0, 0, 0.002, 0.001));

    private static CoverageCheck.Part part(String code, double x0, double y0, double x1, double y1) {
        return new CoverageCheck.Part(code, rect(x0, y0, x1, y1));
    }

    @Test
    void anExactTilingHasNoProblems() {
        assertEquals(List.of(), check.check(parent, List.of(part("A", 0, 0, 0.001, 0.001), part("B", 0.001, 0, 0.002, 0.001))));
    }

    @Test
    void aGapIsReportedWithItsAreaInSquareMetresAndAPointInsideIt() {
        List<CoverageProblem> problems = check.check(parent, List.of(part("A", 0, 0, 0.001, 0.001), part("B", 0.0011, 0, 0.002, 0.001)));
        assertEquals(1, problems.size());
        CoverageProblem gap = problems.get(0);
        assertEquals(CoverageProblem.GAP, gap.kind());
        // 0.0001° lon × 0.001° lat at 40.4° N ≈ 8.48 m × 111.3 m ≈ 944 m²
        assertEquals(944, gap.areaM2(), 10);
        assertTrue(gap.lon() > Shapes.LON + 0.001 && gap.lon() < Shapes.LON + 0.0011, "point inside the gap: " + gap.lon());
    }

    @Test
    void anOverlapNamesBothChildren() {
        List<CoverageProblem> problems = check.check(parent, List.of(part("A", 0, 0, 0.0012, 0.001), part("B", 0.001, 0, 0.002, 0.001)));
        assertEquals(1, problems.size());
        assertEquals(CoverageProblem.OVERLAP, problems.get(0).kind());
        assertEquals(List.of("A", "B"), problems.get(0).nodes());
        assertEquals(1888, problems.get(0).areaM2(), 20);
    }

    @Test
    void aChildReachingOutsideItsParentIsReportedAndEachPieceSeparately() {
        List<CoverageProblem> problems = check.check(parent, List.of(part("A", 0, 0, 0.001, 0.001),
                part("B", 0.001, 0, 0.002, 0.0015), part("C", 0.003, 0, 0.004, 0.001)));
        assertEquals(List.of(CoverageProblem.OUTSIDE, CoverageProblem.OUTSIDE),
                problems.stream().map(CoverageProblem::kind).toList());
        assertEquals(List.of("B"), problems.get(0).nodes());
        assertEquals(List.of("C"), problems.get(1).nodes());
    }

    @Test
    void slivers_and_specks_below_the_tolerance_are_digitising_noise() {
        // a 0.2 m wide overlap strip along the shared edge (≈ 22 m², but thinner than 0.5 m everywhere)
        double sliver = 0.2 / 85_000;
        assertEquals(List.of(), check.check(parent, List.of(part("A", 0, 0, 0.001 + sliver, 0.001), part("B", 0.001, 0, 0.002, 0.001))));
        // and a real 1 m wide one is reported
        double strip = 1.0 / 85_000;
        assertEquals(1, check.check(parent, List.of(part("A", 0, 0, 0.001 + strip, 0.001), part("B", 0.001, 0, 0.002, 0.001))).size());
    }
}
