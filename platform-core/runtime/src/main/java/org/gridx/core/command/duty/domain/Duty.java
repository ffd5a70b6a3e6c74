package org.gridx.core.command.duty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/** 值班: one person on duty in the command centre on a day and shift, in a duty role. */
@Entity
@Table(name = "command_duty")
public class Duty extends TenantOwnedEntity {

    /** Shifts with their usual hours; an entry may give its own. */
    public static final List<String> SHIFTS = List.of("day", "night", "all-day");
    /** 带班领导, 值班员, 调度员. */
    public static final List<String> ROLES = List.of("leader", "officer", "dispatcher");

    public LocalDate day;
    public String shift;
    @Column(name = "starts_at")
    public LocalTime startsAt;
    @Column(name = "ends_at")
    public LocalTime endsAt;
    @Column(name = "account_id")
    public UUID accountId;
    @Column(name = "duty_role")
    public String dutyRole;
    public String phone;

    public static List<Duty> on(LocalDate day) {
        return list("day = ?1 order by startsAt, dutyRole, id", day); // ids are time-ordered: then as entered
    }
}
