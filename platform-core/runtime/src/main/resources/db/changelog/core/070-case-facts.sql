--liquibase formatted sql

--changeset gridx:core-070-case-fact
-- What each case contributes to the assessment figures (考核), folded from its timeline by CaseFactFold: one
-- row per case, keyed by the day it was reported (in the tenant's zone; a case counts in the period it was
-- reported in) and the keys it is counted under. last_seq is the timeline entry folded last, so projecting
-- again is a no-op and a fact behind its case (last_seq < timeline_length) is what catch-up repairs.
CREATE TABLE case_fact (
    tenant_id    varchar(63)  NOT NULL REFERENCES tenant (code),
    case_id      uuid         NOT NULL,
    last_seq     integer      NOT NULL,
    day          date         NOT NULL,
    grid_code    varchar(15)  NOT NULL,
    department   varchar(32)  NOT NULL,
    person       varchar(64)  NOT NULL,
    item         varchar(16)  NOT NULL,
    counts       jsonb        NOT NULL,
    PRIMARY KEY (tenant_id, case_id),
    FOREIGN KEY (tenant_id, case_id) REFERENCES case_file (tenant_id, id)
);
SELECT gridx_tenant_table('case_fact', '${app_role}');

--changeset gridx:core-070-case-stat-day
-- The same contributions summed per day and per dimension (grid, department, person, grid×item by month),
-- so a dashboard over any period adds up at most a few rows per key and day however many cases there are.
-- Kept in step with case_fact in the same transaction (the projector subtracts a case's old contribution
-- and adds its new one); counter columns are StatCounter's, in its order.
CREATE TABLE case_stat_day (
    tenant_id          varchar(63)  NOT NULL REFERENCES tenant (code),
    dim                varchar(10)  NOT NULL CHECK (dim IN ('grid', 'dept', 'person', 'grid-item')),
    key                varchar(100) NOT NULL,
    day                date         NOT NULL,
    reported           bigint NOT NULL DEFAULT 0,
    verified           bigint NOT NULL DEFAULT 0,
    verified_on_time   bigint NOT NULL DEFAULT 0,
    valid              bigint NOT NULL DEFAULT 0,
    registered         bigint NOT NULL DEFAULT 0,
    rejected           bigint NOT NULL DEFAULT 0,
    merged             bigint NOT NULL DEFAULT 0,
    on_spot            bigint NOT NULL DEFAULT 0,
    dispatched         bigint NOT NULL DEFAULT 0,
    dispatched_on_time bigint NOT NULL DEFAULT 0,
    returned           bigint NOT NULL DEFAULT 0,
    accepted           bigint NOT NULL DEFAULT 0,
    accepted_on_time   bigint NOT NULL DEFAULT 0,
    handled            bigint NOT NULL DEFAULT 0,
    handled_on_time    bigint NOT NULL DEFAULT 0,
    handled_late       bigint NOT NULL DEFAULT 0,
    checks             bigint NOT NULL DEFAULT 0,
    checks_on_time     bigint NOT NULL DEFAULT 0,
    closed             bigint NOT NULL DEFAULT 0,
    closed_on_time     bigint NOT NULL DEFAULT 0,
    reworked           bigint NOT NULL DEFAULT 0,
    postponed          bigint NOT NULL DEFAULT 0,
    escalated          bigint NOT NULL DEFAULT 0,
    open               bigint NOT NULL DEFAULT 0,
    overdue_pending    bigint NOT NULL DEFAULT 0,
    rated              bigint NOT NULL DEFAULT 0,
    satisfied          bigint NOT NULL DEFAULT 0,
    rating_sum         bigint NOT NULL DEFAULT 0,
    verify_seconds     bigint NOT NULL DEFAULT 0,
    dispatch_seconds   bigint NOT NULL DEFAULT 0,
    accept_seconds     bigint NOT NULL DEFAULT 0,
    handle_seconds     bigint NOT NULL DEFAULT 0,
    check_seconds      bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, dim, key, day)
);
-- periods across every key of a dimension (the street's totals, trends)
CREATE INDEX case_stat_day_period ON case_stat_day (tenant_id, dim, day);
SELECT gridx_tenant_table('case_stat_day', '${app_role}');
