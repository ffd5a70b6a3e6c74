package org.gridx.core.lists.domain;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One matter of one list version: who leads, who helps, how fast each step must be, how it escalates. */
@Entity
@Table(name = "disposal_list_item")
public class DisposalListItem extends TenantOwnedEntity {

    @Column(name = "version_id")
    public UUID versionId;
    public String code;
    @Column(name = "catalogue_code")
    public String catalogueCode;
    public String kind;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "lead_department")
    public String leadDepartment;
    @Column(name = "co_departments", columnDefinition = "text[]")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> coDepartments = new ArrayList<>();
    @Column(name = "verify_limit")
    public String verifyLimit;
    @Column(name = "dispatch_limit")
    public String dispatchLimit;
    @Column(name = "accept_limit")
    public String acceptLimit;
    @Column(name = "handle_limit")
    public String handleLimit;
    @Column(name = "check_limit")
    public String checkLimit;
    public String priority;
    @Column(name = "on_the_spot")
    public boolean onTheSpot;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<EscalationStep> escalation = new ArrayList<>();

    public boolean isLocal() {
        return catalogueCode == null;
    }

    public static List<DisposalListItem> ofVersion(UUID versionId) {
        return list("versionId", Sort.by("code"), versionId);
    }

    public static Optional<DisposalListItem> inVersion(UUID versionId, String code) {
        return find("versionId = ?1 and code = ?2", versionId, code).firstResultOptional();
    }
}
