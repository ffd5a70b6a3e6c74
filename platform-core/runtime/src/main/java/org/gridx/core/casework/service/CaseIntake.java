package org.gridx.core.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.casework.domain.CaseState;
import org.gridx.core.casework.domain.CaseTransitions;
import org.gridx.core.casework.domain.TimelineEntry;
import org.gridx.core.casework.domain.Transition;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.fieldwork.service.Idempotency;
import org.gridx.core.fieldwork.service.Recorded;
import org.gridx.core.grid.geo.GridIndex;
import org.gridx.core.lists.domain.DisposalListItem;
import org.gridx.core.lists.domain.DutyItem;
import org.gridx.core.media.service.MediaStore;
import org.gridx.core.tenancy.db.SqlWrite;
import org.gridx.core.tenancy.service.TenantZone;

/**
 * 采集上报: every channel's report becomes a case here, exactly once per idempotency key (a phone that retries
 * or sends a queue kept offline for days gets the first case back; the same key with other content is a
 * 409). The case takes its grid from its point, its item from the list in force now, its first deadline
 * (核实) from that item, and a duplicate flag when an open case of the same item is close by.
 */
@ApplicationScoped
@Transactional
public class CaseIntake {

    @Inject
    CasePlace place;
    @Inject
    MediaStore media;
    @Inject
    CaseDeadlines deadlines;
    @Inject
    CaseTimeline timeline;
    @Inject
    CaseEvents events;
    @Inject
    GridxClock clock;
    @Inject
    TenantZone zone;
    @Inject
    CaseItems items;
    @Inject
    IntakeReads reads;
    @Inject
    TenantContext tenants;
    @Inject
    NewCaseRows rows;

    public Recorded<CaseFile> report(ReportInput raw, Actor actor, String key) {
        Intake i = take(raw, actor, key);
        return new Recorded<>(i.file(), i.created());
    }

    public Intake take(ReportInput raw, Actor actor, String key) {
        Instant now = clock.now();
        IntakeReads.Start start = start(raw, actor.username(), key, now);
        return record(raw.withSource(source(raw, actor)), actor, key, start, now);
    }

    /**
     * The signed-in caller reports: their account (department, grid scope) is read by the report's first query
     * rather than a statement of its own, inside this transaction.
     */
    public Intake take(ReportInput raw, Actors caller, String key) {
        Instant now = clock.now();
        IntakeReads.Start start = start(raw, caller.username(), key, now);
        Actor actor = caller.current(start.reporter());
        return record(raw.withSource(source(raw, actor)), actor, key, start, now);
    }

    /**
     * A report on a channel the core itself names (a module's port, e.g. "self-governance"): the source is
     * kept as given even when the acting account is a resident, whose own reports are always "resident".
     */
    public Recorded<CaseFile> reportOnChannel(ReportInput in, Actor actor, String key) {
        Instant now = clock.now();
        Intake i = record(in, actor, key, start(in, actor.username(), key, now), now);
        return new Recorded<>(i.file(), i.created());
    }

    /**
     * The key is looked up before writing (rather than left to the unique index): a phone's resend is normal,
     * and a failed insert would leave a warning with a stack trace in the log for each one.
     */
    private IntakeReads.Start start(ReportInput in, String reporter, String key, Instant now) {
        return reads.start(new IntakeReads.Asked(tenants.require(), reporter, key, now, in.isService() ? null : in.itemCode(),
                in.lat() == null ? null : in.lat().doubleValue(), in.lon() == null ? null : in.lon().doubleValue()));
    }

    private Intake record(ReportInput in, Actor actor, String key, IntakeReads.Start start, Instant now) {
        String hash = Idempotency.hash(in);
        if (start.earlier().isPresent()) {
            IntakeReads.Earlier earlier = start.earlier().get();
            Idempotency.sameContentOrConflict(earlier.requestHash(), hash, key);
            return new Intake(CaseFile.findById(earlier.caseId()), null, List.of(), false);
        }
        GridIndex.Hit grid = place.of(in, start.gridVersion());
        media.requireAll(in.photos() == null ? List.of() : in.photos(), "/photos");
        CaseFile c = new CaseFile();
        classify(c, in, start.list());
        c.number = number(now, start.number());
        c.source = in.source();
        c.state = CaseState.REPORTED.code();
        c.description = in.description().strip();
        c.gridNodeId = grid.id();
        c.gridCode = grid.code();
        c.lon = in.lon() == null ? null : in.lon().doubleValue();
        c.lat = in.lat() == null ? null : in.lat().doubleValue();
        c.address = in.address();
        c.reportedBy = actor.username();
        c.reporterName = in.reporterName();
        c.reporterContact = in.reporterContact();
        c.reportedAt = now;
        c.idempotencyKey = key;
        c.requestHash = hash;
        c.duplicateOf = start.duplicate().orElse(null); // none without an item and a point: the search matched NULL
        deadlines.plan(c, now);
        Transition t = CaseTransitions.find(CaseState.NEW, CaseAction.REPORT).orElseThrow();
        String role = actor.roles().stream().filter(t.roles()::contains).sorted().findFirst().orElse(Role.Names.RESIDENT);
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("source", c.source);
        data.put("grid", c.gridCode);
        if (c.duplicateOf != null) {
            data.put("duplicateOf", c.duplicateOf.toString());
        }
        if (c.dueAt != null) {
            data.put("due", c.dueAt.toString()); // the record alone tells whether each step kept its limit
        }
        // everything about the new case is decided before it is written: one statement, no UPDATE after it
        TimelineEntry e = timeline.seal(c, t, actor, role, c.description, data, now);
        rows.identify(c, e, tenants.require());
        List<SqlWrite> alongside = new ArrayList<>(2);
        deadlines.firstTimers(c, now).ifPresent(alongside::add);
        alongside.add(events.reported(c, e));
        rows.write(c, e, actor.username(), alongside);
        List<java.util.UUID> photos = in.photos() == null ? List.of() : List.copyOf(in.photos());
        timeline.attach(c, e, photos, "evidence");
        return new Intake(c, e, photos, true);
    }

    private void classify(CaseFile c, ReportInput in, Optional<IntakeReads.Version> list) {
        if (in.isService()) {
            DutyItem duty = in.dutyItemId() == null ? null : DutyItem.findById(in.dutyItemId());
            if (duty == null || !"convenience".equals(duty.list)) {
                throw ProblemException.invalid("Unknown service.", List.of(new FieldProblem("/dutyItemId",
                        "the id of an item of this tenant's convenience-service list (GET …/lists/duties?list=convenience)")));
            }
            c.kind = "service";
            c.dutyItemId = duty.id;
            c.title = truncate(duty.textZh);
            c.priority = "normal";
            return;
        }
        if (in.itemCode() == null) {
            throw ProblemException.invalid("Which matter is it?", List.of(new FieldProblem("/itemCode",
                    "a code of the disposal-task list, e.g. 06003; search GET …/lists/disposal/current")));
        }
        IntakeReads.Version v = list.orElseThrow(() -> ProblemException.conflict(
                "This tenant has no published disposal list yet; its administrator publishes one first."));
        DisposalListItem item = items.item(v.id(), in.itemCode()).orElseThrow(() ->
                ProblemException.invalid("Unknown list item.", List.of(new FieldProblem("/itemCode",
                        "no item '" + in.itemCode() + "' in list version " + v.number()))));
        c.kind = "problem";
        c.listVersionId = v.id();
        c.itemCode = item.code;
        c.title = truncate(item.nameZh);
        c.priority = item.priority;
    }

    /** The year of the report, then the sequence's value in eight digits: 2026 00000123. */
    private String number(Instant now, long n) {
        String digits = Long.toString(n);
        return now.atZone(zone.current()).getYear() + "0".repeat(Math.max(0, 8 - digits.length())) + digits;
    }

    private static String source(ReportInput in, Actor a) {
        if (a.has(Role.Names.RESIDENT) && a.roles().size() == 1) {
            return "resident";
        }
        if (in.source() != null) {
            return in.source();
        }
        return a.has(Role.Names.DISPATCHER) ? "hotline" : "grid-worker";
    }

    private static String truncate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 119) + "…";
    }
}
