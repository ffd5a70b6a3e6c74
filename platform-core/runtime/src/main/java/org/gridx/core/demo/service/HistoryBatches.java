package org.gridx.core.demo.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.assessment.fact.CaseFactProjection;
import org.gridx.core.casework.service.CaseDeadlines;
import org.gridx.core.demo.story.CaseSeed;
import org.gridx.core.demo.story.CaseSeeds;
import org.gridx.core.demo.story.CaseStory;
import org.gridx.core.demo.story.StoryCase;
import org.gridx.core.demo.story.Street;
import org.gridx.core.timer.service.Timers;

/**
 * A generated history's units of work, each its own transaction in the current tenant: one batch of cases
 * (those of its numbers not yet present; so a batch written before is skipped and a run resumes where it
 * stopped), or one slice of visits and appeals. Open cases get their step's timers, as the loop arms them.
 */
@ApplicationScoped
@Transactional
public class HistoryBatches {

    @Inject
    AgroalDataSource db;
    @Inject
    TenantContext tenants;
    @Inject
    Timers timers;
    @Inject
    CaseFactProjection facts;

    /** Writes cases {@code from} (inclusive) to {@code to}; returns how many were already there. */
    public int cases(Street street, CaseSeeds seeds, long seed, long from, long to) {
        String tenant = tenants.require();
        try (Connection c = db.getConnection()) {
            Set<String> present = present(c, seed, from, to);
            CaseRows rows = new CaseRows(tenant, street.listVersion());
            Map<UUID, StoryCase> open = new java.util.HashMap<>();
            java.util.List<UUID> written = new java.util.ArrayList<>();
            for (long i = from; i < to; i++) {
                String number = CaseSeeds.number(seed, i);
                if (present.contains(number)) {
                    continue;
                }
                CaseSeed s = seeds.draw(i);
                StoryCase story = CaseStory.tell(s, street);
                UUID id = rows.add(s, story);
                written.add(id);
                if (story.state.open()) {
                    open.put(id, story);
                }
            }
            rows.write(c);
            open.forEach((id, story) -> arm(id, story, street));
            // the figures of the batch in the same transaction: catch-up's search for cases behind scans the
            // whole tenant per batch of 500, which over a million generated cases would take longer than writing them
            facts.project(written);
            return present.size();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write generated cases " + from + "-" + to + ": " + e.getMessage(), e);
        }
    }

    /** Visits and appeals with indexes in the given ranges; rows already there are left as they are. */
    public void fieldwork(Street street, long seed, int days, long visitsFrom, long visitsTo, long appealsFrom, long appealsTo) {
        try (Connection c = db.getConnection()) {
            FieldworkRows.visits(c, tenants.require(), street, seed, days, visitsFrom, visitsTo);
            FieldworkRows.appeals(c, tenants.require(), street, seed, days, appealsFrom, appealsTo);
        } catch (SQLException e) {
            throw new IllegalStateException("could not write generated field work: " + e.getMessage(), e);
        }
    }

    /** CaseDeadlines.runUntil for an open case: the deadline, and the reminder if it is still to come. */
    private void arm(UUID id, StoryCase story, Street street) {
        if (!story.deadlineArmed() || story.dueAt == null) {
            return;
        }
        Map<String, String> payload = Map.of("state", story.state.code(), "due", story.dueAt.toString());
        timers.schedule(CaseDeadlines.DEADLINE, id, story.dueAt, payload);
        if (story.reminderAt() != null && story.reminderAt().isAfter(street.now())) {
            timers.schedule(CaseDeadlines.REMINDER, id, story.reminderAt(), payload);
        }
    }

    /** The batch's numbers already written (looked up by the unique key; a range would depend on collation). */
    private Set<String> present(Connection c, long seed, long from, long to) throws SQLException {
        Set<String> s = new HashSet<>();
        String[] numbers = new String[(int) (to - from)];
        for (long i = from; i < to; i++) {
            numbers[(int) (i - from)] = CaseSeeds.number(seed, i);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT number FROM case_file WHERE tenant_id = ? AND number = ANY (?)")) {
            ps.setString(1, tenants.require());
            ps.setArray(2, c.createArrayOf("text", numbers));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    s.add(rs.getString(1));
                }
            }
        }
        return s;
    }
}
