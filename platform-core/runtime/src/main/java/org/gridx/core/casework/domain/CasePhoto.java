package org.gridx.core.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/** A photo attached to a case at a step: the report, the department's feedback, before/after an on-the-spot fix. */
@Entity
@Table(name = "case_photo")
public class CasePhoto extends TenantOwnedEntity {

    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "media_id")
    public UUID mediaId;
    public String step;
    public String role = "evidence";
    @Column(name = "timeline_seq")
    public int timelineSeq;

    public static List<CasePhoto> of(UUID caseId) {
        // ids are time-ordered: within a step, photos come back in the order they were sent
        return list("caseId = ?1 order by timelineSeq, id", caseId);
    }
}
