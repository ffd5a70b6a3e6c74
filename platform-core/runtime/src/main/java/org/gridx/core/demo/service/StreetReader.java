package org.gridx.core.demo.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.calendar.service.CalendarStore;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.casework.domain.CaseSettings;
import org.gridx.core.casework.step.Responsible;
import org.gridx.core.demo.story.GridSpot;
import org.gridx.core.demo.story.ItemSpec;
import org.gridx.core.demo.story.Person;
import org.gridx.core.demo.story.Street;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.lists.domain.DisposalListItem;
import org.gridx.core.lists.domain.DisposalListVersion;
import org.gridx.core.lists.domain.EscalationStep;
import org.gridx.core.tenancy.service.TenantZone;

/**
 * Reads the current tenant once for a generated year ({@link Street}): the published list's items with a
 * skewed popularity (a few matters make most reports, as on a real street), the third-level grids with
 * points inside them, and who holds each post — filling empty posts with demo accounts ({@link DemoStaff}).
 */
@ApplicationScoped
public class StreetReader {

    @Inject
    DemoStaff staff;
    @Inject
    CalendarStore calendars;
    @Inject
    TenantZone zone;
    @Inject
    Responsible responsible;

    @Transactional
    public Street read(long seed, Instant now) {
        DisposalListVersion v = DisposalListVersion.latestPublished().orElseThrow(() -> ProblemException.conflict(
                "This tenant has no published disposal list; publish one (PUT …/lists/disposal) before generating history."));
        List<ItemSpec> items = DisposalListItem.ofVersion(v.id).stream().map(StreetReader::spec).toList();
        List<GridSpot> grids = GridSpots.of(GridNode.live(), seed);
        if (items.isEmpty() || grids.isEmpty()) {
            throw ProblemException.conflict("This tenant has " + items.size() + " list items and " + grids.size()
                    + " grids; history needs both.");
        }
        List<Account> all = new ArrayList<>(Account.<Account>listAll());
        Map<String, Person> workers = new HashMap<>();
        Map<String, UUID> workerIds = new HashMap<>();
        for (GridSpot g : grids) {
            Account a = staff.worker(g.code(), g.name(), all);
            workers.put(g.code(), person(a));
            workerIds.put(g.code(), a.id);
        }
        Map<String, Person> handlers = new HashMap<>();
        items.stream().map(ItemSpec::lead).distinct().forEach(d -> handlers.put(d, person(staff.handler(d, all))));
        List<Person> dispatchers = staff.dispatchers(all).stream().map(StreetReader::person).toList();
        List<Person> residents = all.stream().filter(a -> a.isActive() && a.roles.equals(List.of(Role.Names.RESIDENT)))
                .map(StreetReader::person).toList();
        return new Street(v.id, items, weights(items.size(), seed), grids, dispatchers, residents, workers, workerIds,
                handlers, escalation(grids, items, now), calendars.current(), zone.current(),
                CaseSettings.current().remindAtPercent, now);
    }

    /** Who answers for each rung of every path in each grid (Responsible, as EscalateStep asks it). */
    private Map<String, String> escalation(List<GridSpot> grids, List<ItemSpec> items, Instant now) {
        Set<EscalationStep> rungs = new LinkedHashSet<>();
        items.forEach(i -> i.path().forEach(s -> rungs.add(new EscalationStep(s.level(), s.role(), "P1D"))));
        Map<String, String> m = new HashMap<>();
        for (GridSpot g : grids) {
            CaseFile probe = new CaseFile();
            probe.gridNodeId = g.id();
            for (EscalationStep s : rungs) {
                responsible.at(probe, s.level(), s.role(), now).ifPresent(u -> m.put(g.code() + "|" + s.level() + "|" + s.role(), u));
            }
        }
        return m;
    }

    /** Zipf-like popularity over a seeded shuffle of the items. */
    private static double[] weights(int n, long seed) {
        List<Integer> ranks = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            ranks.add(i);
        }
        java.util.Collections.shuffle(ranks, new java.util.Random(seed));
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 1 / Math.pow(ranks.get(i), 0.9);
        }
        return w;
    }

    private static ItemSpec spec(DisposalListItem i) {
        return new ItemSpec(i.code, i.nameZh, i.priority, i.leadDepartment, List.copyOf(i.coDepartments), i.onTheSpot,
                Duration.parse(i.verifyLimit), Duration.parse(i.dispatchLimit), Duration.parse(i.acceptLimit),
                Duration.parse(i.handleLimit), Duration.parse(i.checkLimit), List.copyOf(i.escalation));
    }

    private static Person person(Account a) {
        return new Person(a.username, Set.copyOf(a.roles));
    }

}
