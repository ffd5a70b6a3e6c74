package org.gridx.core.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.gridx.api.tenant.TenantOwnedEntity;

/** A functional department (职能部门) sunk into the grid: public security, city management, … */
@Entity
@Table(name = "department")
public class Department extends TenantOwnedEntity {

    public String code;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    public String kind;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    public static Optional<Department> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
