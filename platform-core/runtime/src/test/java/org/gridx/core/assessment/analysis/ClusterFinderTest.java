package org.gridx.core.assessment.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridx.core.assessment.analysis.service.CasePoint;
import org.gridx.core.assessment.analysis.service.ClusterFinder;
import org.gridx.core.assessment.analysis.service.ClusterFinder.Group;
import org.junit.jupiter.api.Test;

/** Grouping reports of the same item by place: radius, item, chaining, cell borders. */
class ClusterFinderTest {

    private static final double LON = 110.0178;
    private static final double LAT = 40.4121;

    private static CasePoint at(String item, double north, double east) {
        return new CasePoint(item, "150621001001002", LON + east / (111_320 * Math.cos(Math.toRadians(LAT))),
                LAT + north / 110_574, Instant.parse("2027-04-05T01:00:00Z"), true);
    }

    private static List<Integer> sizes(List<Group> groups) {
        return groups.stream().map(g -> g.members().size()).sorted((a, b) -> b - a).toList();
    }

    @Test
    void reportsWithinTheRadiusGroupAndOneBeyondStaysApart() {
        List<CasePoint> p = List.of(at("06001", 0, 0), at("06001", 20, 0), at("06001", 0, 20), at("06001", -120, 0));
        assertEquals(List.of(3, 1), sizes(ClusterFinder.groups(p, 50)));
        assertEquals(List.of(4), sizes(ClusterFinder.groups(p, 200)));
    }

    @Test
    void differentItemsAtOnePlaceAreDifferentProblems() {
        List<CasePoint> p = List.of(at("06001", 0, 0), at("03001", 1, 1), at("06001", 2, 2));
        assertEquals(List.of(2, 1), sizes(ClusterFinder.groups(p, 50)));
    }

    @Test
    void aChainOfReportsAlongARoadDoesNotBecomeOneGroup() {
        List<CasePoint> p = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            p.add(at("06001", 0, i * 40.0)); // 40 m apart, 760 m in all
        }
        List<Group> groups = ClusterFinder.groups(p, 50);
        assertEquals(20, groups.stream().mapToInt(g -> g.members().size()).sum());
        assertEquals(true, groups.stream().allMatch(g -> g.members().size() <= 3), "no group spans the road: " + sizes(groups));
    }

    @Test
    void neighboursAcrossACellBorderStillGroup() {
        // 50 m cells: points 10 m apart on either side of wherever a border falls find each other
        for (int shift = 0; shift < 50; shift += 7) {
            List<CasePoint> p = List.of(at("06001", 0, shift), at("06001", 0, shift + 10), at("06001", 5, shift + 5));
            assertEquals(List.of(3), sizes(ClusterFinder.groups(p, 50)), "shift " + shift);
        }
    }
}
