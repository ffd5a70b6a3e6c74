--liquibase formatted sql

--changeset gridx:core-051-timer
-- Durable timers (deadlines, reminders, escalations of the closed loop). Written in the transaction of the
-- change that needs them, so a rolled-back change schedules nothing; fired by whichever replica's sweep
-- locks the row first (FOR UPDATE SKIP LOCKED), and marked fired in the same transaction as the handler's
-- work, so a timer fires once. Fired rows stay as the record of what fired when. At most one pending
-- timer per kind and subject: scheduling again replaces it.
CREATE TABLE timer (
    tenant_id    varchar(63)   NOT NULL REFERENCES tenant (code),
    id           uuid          NOT NULL,
    kind         varchar(64)   NOT NULL CHECK (kind ~ '^[a-z][a-z0-9._-]{0,63}$'),
    subject_id   uuid          NOT NULL,
    due_at       timestamptz   NOT NULL,
    payload      jsonb         NOT NULL DEFAULT '{}',
    created_at   timestamptz   NOT NULL DEFAULT now(),
    fired_at     timestamptz,
    attempts     integer       NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error   varchar(2000),
    next_try_at  timestamptz,
    PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX timer_pending_kind_subject ON timer (tenant_id, kind, subject_id) WHERE fired_at IS NULL;
CREATE INDEX timer_pending_due ON timer (tenant_id, due_at) WHERE fired_at IS NULL;
CREATE INDEX timer_pending_subject ON timer (tenant_id, subject_id) WHERE fired_at IS NULL;
SELECT gridx_tenant_table('timer', '${app_role}');

--changeset gridx:core-051-work-calendar
-- The tenant's clock for time limits. No row means natural hours. The weekly schedule is kept even in
-- natural mode, so switching back to working hours does not lose it; version changes on every write and
-- lets replicas keep a parsed calendar until it changes.
CREATE TABLE work_calendar (
    tenant_id   varchar(63)  NOT NULL REFERENCES tenant (code),
    mode        varchar(16)  NOT NULL CHECK (mode IN ('natural', 'working')),
    week        jsonb        NOT NULL,
    version     integer      NOT NULL DEFAULT 1,
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    updated_by  varchar(64),
    PRIMARY KEY (tenant_id)
);
SELECT gridx_tenant_table('work_calendar', '${app_role}');

-- Dates that differ from the weekly schedule: public holidays, and adjusted working days (调休).
CREATE TABLE work_calendar_day (
    tenant_id  varchar(63)  NOT NULL REFERENCES tenant (code),
    day        date         NOT NULL,
    kind       varchar(16)  NOT NULL CHECK (kind IN ('holiday', 'workday')),
    note       varchar(100),
    PRIMARY KEY (tenant_id, day),
    FOREIGN KEY (tenant_id) REFERENCES work_calendar (tenant_id) ON DELETE CASCADE
);
SELECT gridx_tenant_table('work_calendar_day', '${app_role}');
