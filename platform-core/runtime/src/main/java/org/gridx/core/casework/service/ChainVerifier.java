package org.gridx.core.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.casework.domain.TimelineEntry;

/**
 * Re-computes a case's chain from its first entry: every hash must match its content, every entry must
 * name the previous one's hash, sequence numbers must have no gaps, and the last entry must be the head
 * the case file remembers (so removing the newest entries is caught too).
 */
@ApplicationScoped
@Transactional
public class ChainVerifier {

    public record Finding(UUID caseId, String number, int entries, boolean intact, Integer brokenAt, String problem) {
    }

    public record TenantFinding(long cases, long entries, boolean intact, List<Finding> broken) {
    }

    @Inject
    EntityManager em;

    public Finding verify(CaseFile c) {
        List<TimelineEntry> entries = TimelineEntry.of(c.id);
        String prev = TimelineHash.GENESIS;
        int expected = 1;
        for (TimelineEntry e : entries) {
            if (e.seq != expected) {
                return broken(c, entries, expected, "entry " + expected + " is missing");
            }
            if (!e.prevHash.equals(prev)) {
                return broken(c, entries, e.seq, "entry " + e.seq + " does not follow entry " + (e.seq - 1));
            }
            if (!TimelineHash.of(e, c.number).equals(e.hash)) {
                return broken(c, entries, e.seq, "entry " + e.seq + " was changed after it was written");
            }
            prev = e.hash;
            expected++;
        }
        if (entries.size() != c.timelineLength || !prev.equals(c.timelineHead == null ? TimelineHash.GENESIS : c.timelineHead)) {
            return broken(c, entries, entries.size() + 1, "the record ends at entry " + entries.size()
                    + " but the case recorded " + c.timelineLength + " entries");
        }
        return new Finding(c.id, c.number, entries.size(), true, null, null);
    }

    /** Every case of the tenant, a page at a time so a large record is not held in memory at once. */
    public TenantFinding verifyTenant() {
        List<Finding> broken = new ArrayList<>();
        long cases = 0;
        long entries = 0;
        UUID after = new UUID(0, 0);
        while (true) {
            List<CaseFile> page = CaseFile.<CaseFile>find("id > ?1 order by id", after).page(0, 500).list();
            if (page.isEmpty()) {
                break;
            }
            for (CaseFile c : page) {
                Finding f = verify(c);
                cases++;
                entries += f.entries();
                if (!f.intact()) {
                    broken.add(f);
                }
                after = c.id;
            }
            em.clear();
        }
        return new TenantFinding(cases, entries, broken.isEmpty(), broken);
    }

    private static Finding broken(CaseFile c, List<TimelineEntry> entries, int at, String problem) {
        return new Finding(c.id, c.number, entries.size(), false, at, problem);
    }
}
