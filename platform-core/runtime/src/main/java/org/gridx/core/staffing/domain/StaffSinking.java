package org.gridx.core.staffing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/** 实名下沉网格: a named department handler assigned to a grid node, with the department they come from. */
@Entity
@Table(name = "staff_sinking")
public class StaffSinking extends TenantOwnedEntity {

    @Column(name = "account_id")
    public UUID accountId;
    @Column(name = "node_id")
    public UUID nodeId;
    @Column(name = "department_code")
    public String departmentCode;
}
