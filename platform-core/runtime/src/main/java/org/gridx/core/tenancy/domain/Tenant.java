package org.gridx.core.tenancy.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A street, town or banner running GridX. Global: the tenant directory is not itself tenant-owned. */
@Entity
@Table(name = "tenant")
public class Tenant extends PanacheEntityBase {

    @Id
    public String code;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    public String kind;
    @Column(name = "division_code")
    public String divisionCode;
    public String locale;
    @Column(name = "time_zone")
    public String timeZone;
    public String status;
    @Column(name = "parent_code")
    public String parentCode;
    @Column(name = "definition_hash")
    public String definitionHash;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<Tenant> findActive(String code) {
        return Optional.ofNullable(Tenant.<Tenant>findById(code)).filter(Tenant::isActive);
    }

    public boolean isActive() {
        return "active".equals(status);
    }
}
