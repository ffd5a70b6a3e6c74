package org.gridx.core.command.duty.service;

/**
 * One roster entry as sent: the day (ISO date), the shift (day, night, all-day), optional own hours
 * (HH:mm; the shift's usual hours otherwise), the person's username, their duty role (leader 带班领导,
 * officer 值班员, dispatcher 调度员) and an optional phone. Checked by {@link DutyRules}.
 */
public record DutyInput(String date, String shift, String startsAt, String endsAt, String username, String role,
        String phone) {
}
