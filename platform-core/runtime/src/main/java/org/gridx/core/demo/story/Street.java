package org.gridx.core.demo.story;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridx.core.timer.service.WorkCalendar;

/**
 * What a generated year needs to know about the tenant, read once per run: its published list, grids,
 * people by post, its calendar and zone, and "now" (the end of the history). Pure data, so stories are
 * computed without touching the database.
 *
 * @param workers the grid worker who reports and checks in each grid (by grid code)
 * @param handlers a handler of each department (by department code)
 * @param escalation who answers for an escalation rung: key gridCode|level|role, absent when nobody does
 */
public record Street(UUID listVersion, List<ItemSpec> items, double[] itemWeights, List<GridSpot> grids,
        List<Person> dispatchers, List<Person> residents, Map<String, Person> workers, Map<String, UUID> workerIds,
        Map<String, Person> handlers, Map<String, String> escalation, WorkCalendar calendar, ZoneId zone,
        int remindPercent, Instant now) {

    public Person worker(GridSpot g) {
        return workers.get(g.code());
    }

    public Person handler(String department) {
        Person p = handlers.get(department);
        if (p == null) {
            throw new IllegalStateException("no handler for department " + department);
        }
        return p;
    }

    public String escalationHandler(GridSpot g, String level, String role) {
        return escalation.get(g.code() + "|" + level + "|" + role);
    }
}
