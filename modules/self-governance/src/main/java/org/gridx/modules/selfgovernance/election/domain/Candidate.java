package org.gridx.modules.selfgovernance.election.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/** A verified resident nominated for the post; on the ballot only once they have accepted. */
@Entity
@Table(name = "self_governance_candidate")
public class Candidate extends TenantOwnedEntity {

    public static final String NOMINATED = "nominated";
    public static final String ACCEPTED = "accepted";
    public static final String DECLINED = "declined";

    @Column(name = "election_id")
    public UUID electionId;
    public String username;
    @Column(name = "display_name")
    public String displayName;
    @Column(name = "nominated_by")
    public String nominatedBy;
    public String status = NOMINATED;
}
