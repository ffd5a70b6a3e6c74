package org.gridx.core.demo.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gridx.core.assessment.fact.CaseFactFold;
import org.gridx.core.assessment.fact.Counters;
import org.gridx.core.assessment.fact.FoldEntry;
import org.gridx.core.assessment.fact.StatCounter;
import org.gridx.core.calendar.service.WorkSchedule;
import org.gridx.core.calendar.service.WorkingTime;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.domain.CaseState;
import org.gridx.core.lists.domain.EscalationStep;
import org.junit.jupiter.api.Test;

/**
 * Twenty thousand generated cases on a small street with a working-hours calendar: every story is a walk
 * through the loop's table, in time order, with each step's limit on record where the step has one, the
 * figures engine's fold agrees with the case's final state, and the mix is the street's (most disposed,
 * some late, escalated, postponed, returned, reworked). The same seed tells the same stories.
 */
class CaseStoryTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-12-01T06:00:00Z");
    static final Set<CaseAction> STARTS_STEP = Set.of(CaseAction.REPORT, CaseAction.REGISTER, CaseAction.DISPATCH,
            CaseAction.ACCEPT, CaseAction.RETURN, CaseAction.HANDLE, CaseAction.REWORK);

    static Street street() {
        Person informant = new Person("gao.limei", Set.of("informant"));
        Person specialist = new Person("qiao.ling", Set.of("specialist"));
        List<GridSpot> grids = List.of(
                new GridSpot(UUID.randomUUID(), "150621001001001", "北大一网格", 236, List.of(new double[] {110.012, 40.41})),
                new GridSpot(UUID.randomUUID(), "150621001001002", "北大二网格", 312, List.of(new double[] {110.017, 40.412})));
        List<ItemSpec> items = List.of(
                item("06001", "city-management", false, List.of(new EscalationStep("community", "supervisor", "PT24H"),
                        new EscalationStep("street", "dispatcher", "P3D"))),
                item("01004", "sanitation", true, List.of()),
                item("03001", "public-utility-centre", false, List.of(new EscalationStep("community", "supervisor", "PT4H"))));
        return new Street(UUID.randomUUID(), items, new double[] {3, 2, 1}, grids,
                List.of(new Person("sun.haitao", Set.of("dispatcher")), new Person("wang.na", Set.of("dispatcher"))),
                List.of(new Person("li.xiulan", Set.of("resident"))),
                Map.of(grids.get(0).code(), informant, grids.get(1).code(), specialist), Map.of(),
                Map.of("city-management", new Person("guo.qiang", Set.of("department-handler")),
                        "sanitation", new Person("chen.hui", Set.of("department-handler")),
                        "public-utility-centre", new Person("yang.fan", Set.of("department-handler"))),
                Map.of("150621001001002|community|supervisor", "ma.jun"),
                new WorkingTime(WorkSchedule.standard(), ZONE), ZONE, 75, NOW);
    }

    static ItemSpec item(String code, String lead, boolean onTheSpot, List<EscalationStep> path) {
        return new ItemSpec(code, "事项" + code, "normal", lead, List.of(), onTheSpot, Duration.ofMinutes(30),
                Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofHours(24), Duration.ofMinutes(30), path);
    }

    static List<StoryCase> stories(long seed, int n) {
        CaseSeeds seeds = new CaseSeeds(street(), seed, 365);
        List<StoryCase> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(CaseStory.tell(seeds.draw(i), street()));
        }
        return out;
    }

    @Test
    void everyStoryIsAWalkThroughTheLoopWithItsLimitsOnRecordAndTheFoldAgrees() {
        List<StoryCase> all = stories(7, 20_000);
        Map<CaseAction, Integer> seen = new EnumMap<>(CaseAction.class);
        int older = 0;
        int disposed = 0;
        for (StoryCase c : all) {
            CaseState state = CaseState.NEW;
            Instant last = Instant.MIN;
            List<FoldEntry> fold = new ArrayList<>();
            for (StoryEntry e : c.entries) {
                assertEquals(state, e.transition().from(), "each move starts where the last one left the case");
                assertFalse(e.at().isBefore(last), "entries in time order");
                assertFalse(e.at().isAfter(NOW), "nothing after now");
                if (STARTS_STEP.contains(e.transition().action())) {
                    assertNotNull(e.data().get("due"), e.transition().action() + " starts a step and records its limit");
                }
                seen.merge(e.transition().action(), 1, Integer::sum);
                state = e.transition().to();
                last = e.at();
                Object due = e.data().get("due");
                Object rating = e.data().get("rating");
                fold.add(new FoldEntry(fold.size() + 1, e.at(), e.transition().action().code(), e.transition().from().code(),
                        e.transition().to().code(), due == null ? null : Instant.parse(due.toString()),
                        rating == null ? null : (Integer) rating));
            }
            assertEquals(state, c.state);
            Counters f = CaseFactFold.of(fold);
            assertEquals(1, f.get(StatCounter.REPORTED));
            assertEquals(state.open() ? 1 : 0, f.get(StatCounter.OPEN), "open in the figures as on the case");
            assertEquals(state == CaseState.CLOSED || state == CaseState.EVALUATED ? 1 : 0, f.get(StatCounter.CLOSED));
            assertEquals(state.open(), c.dueAt != null, "open cases have a deadline, ended ones none");
            if (c.entries.get(0).at().isBefore(NOW.minus(Duration.ofDays(20)))) {
                older++;
                disposed += state == CaseState.CLOSED || state == CaseState.EVALUATED ? 1 : 0;
            }
        }
        double rate = (double) disposed / older;
        assertTrue(rate > 0.9 && rate < 0.97, "disposal rate above 90 %: " + rate);
        for (CaseAction a : List.of(CaseAction.REJECT, CaseAction.RESOLVE_ON_SPOT, CaseAction.RETURN, CaseAction.OVERDUE,
                CaseAction.ESCALATE, CaseAction.REMIND, CaseAction.REQUEST_POSTPONEMENT, CaseAction.APPROVE_POSTPONEMENT,
                CaseAction.REWORK, CaseAction.EVALUATE)) {
            assertTrue(seen.getOrDefault(a, 0) > 10, a + " happens now and then: " + seen);
        }
        assertTrue(all.stream().anyMatch(c -> c.state.open()), "the last days' cases are still open");
    }

    @Test
    void theSameSeedTellsTheSameStoriesAndAnotherSeedOthers() {
        List<StoryCase> a = stories(42, 300);
        List<StoryCase> b = stories(42, 300);
        List<StoryCase> c = stories(43, 300);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).entries, b.get(i).entries);
        }
        assertFalse(a.get(0).entries.equals(c.get(0).entries));
    }
}
