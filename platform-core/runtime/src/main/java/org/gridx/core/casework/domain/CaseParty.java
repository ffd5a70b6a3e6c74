package org.gridx.core.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/** Someone a case keeps informed: its reporter, reporters of duplicates merged into it, escalation handlers. */
@Entity
@Table(name = "case_party")
public class CaseParty extends TenantOwnedEntity {

    @Column(name = "case_id")
    public UUID caseId;
    public String party;
    public String kind;
    @Column(name = "added_at")
    public Instant addedAt;

    public static List<CaseParty> of(UUID caseId) {
        return list("caseId", caseId);
    }

    public static void add(UUID caseId, String party, String kind, Instant at) {
        if (party != null && count("caseId = ?1 and party = ?2", caseId, party) == 0) {
            addFirst(caseId, party, kind, at);
        }
    }

    /** The first party of a case that is being created: nobody can be there yet, so nothing to look up. */
    public static void addFirst(UUID caseId, String party, String kind, Instant at) {
        CaseParty p = new CaseParty();
        p.caseId = caseId;
        p.party = party;
        p.kind = kind;
        p.addedAt = at;
        p.persist();
    }
}
