package org.gridx.core.onboarding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.gridx.core.lists.service.DutyInput;
import org.gridx.core.lists.service.DutyLists;
import org.gridx.core.lists.service.ListSync;
import org.gridx.core.lists.service.PatrolChecklist;
import org.gridx.core.lists.service.PatrolItemInput;

/**
 * The three responsibility lists (duties.yaml) and the daily patrol checklist (patrol.yaml), through their
 * own services; an absent file leaves the tenant's list alone. Duties the file no longer has are kept and
 * reported absent; checklist items it no longer has are retired (a write: counted as updated, and listed
 * as absent), because past patrol rounds refer to them.
 */
@ApplicationScoped
class DutiesPatrolUpserter {

    @Inject
    DutyLists duties;
    @Inject
    PatrolChecklist checklist;

    void applyDuties(List<DutyInput> spec, Tally tally) {
        if (spec != null) {
            record(duties.sync(spec), tally, false);
        }
    }

    void applyPatrol(List<PatrolItemInput> spec, Tally tally) {
        if (spec != null) {
            record(checklist.sync(spec), tally, true);
        }
    }

    private static void record(ListSync sync, Tally tally, boolean absentIsWritten) {
        sync.created().forEach(k -> tally.count(Tally.Outcome.CREATED));
        sync.updated().forEach(k -> tally.count(Tally.Outcome.UPDATED));
        sync.unchanged().forEach(k -> tally.count(Tally.Outcome.UNCHANGED));
        if (absentIsWritten) {
            sync.absent().forEach(k -> tally.count(Tally.Outcome.UPDATED));
        }
        tally.absent(sync.absent());
    }
}
