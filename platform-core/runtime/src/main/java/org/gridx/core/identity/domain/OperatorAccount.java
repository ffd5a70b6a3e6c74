package org.gridx.core.identity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A platform operator: global, belongs to no tenant, onboards and looks after tenants. */
@Entity
@Table(name = "operator_account")
public class OperatorAccount extends PanacheEntityBase {

    @Id
    public String username;
    @Column(name = "display_name")
    public String displayName;
    @Column(name = "password_hash")
    public String passwordHash;
    @Column(name = "failed_logins")
    public int failedLogins;
    @Column(name = "locked_until")
    public Instant lockedUntil;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
