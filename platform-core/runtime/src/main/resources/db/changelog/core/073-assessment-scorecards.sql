--liquibase formatted sql

--changeset gridx:core-073-scorecard-freeze
-- A published (frozen) monthly scorecard (月度考核): once a month is frozen its scorecards are served from
-- assessment_scorecard_row, so a later correction of an old case does not silently change what was
-- published. Freezing again replaces the rows and must give a reason; every freeze is kept in the log.
CREATE TABLE assessment_scorecard_freeze (
    tenant_id   varchar(63)  NOT NULL REFERENCES tenant (code),
    month       date         NOT NULL CHECK (extract(day FROM month) = 1),
    frozen_at   timestamptz  NOT NULL,
    frozen_by   varchar(64)  NOT NULL,
    reason      varchar(500),
    times       integer      NOT NULL DEFAULT 1 CHECK (times >= 1),
    PRIMARY KEY (tenant_id, month)
);
SELECT gridx_tenant_table('assessment_scorecard_freeze', '${app_role}');

CREATE TABLE assessment_scorecard_freeze_log (
    tenant_id   varchar(63)  NOT NULL REFERENCES tenant (code),
    month       date         NOT NULL,
    seq         integer      NOT NULL,
    frozen_at   timestamptz  NOT NULL,
    frozen_by   varchar(64)  NOT NULL,
    reason      varchar(500),
    PRIMARY KEY (tenant_id, month, seq),
    FOREIGN KEY (tenant_id, month) REFERENCES assessment_scorecard_freeze (tenant_id, month)
);
SELECT gridx_tenant_table('assessment_scorecard_freeze_log', '${app_role}');

-- One row per entity (grid, community, informant, department) of a frozen month: the month's counters
-- (case_stat_day columns, non-zero only) and the score, grade and street-wide rank as published.
-- nodes: the grid codes the entity answers for (comma-separated), so the page can scope rows as it does live.
CREATE TABLE assessment_scorecard_row (
    tenant_id   varchar(63)   NOT NULL REFERENCES tenant (code),
    month       date          NOT NULL,
    kind        varchar(12)   NOT NULL CHECK (kind IN ('grid', 'worker', 'department', 'community')),
    key         varchar(100)  NOT NULL,
    name_zh     varchar(200)  NOT NULL,
    name_en     varchar(200)  NOT NULL,
    nodes       varchar(2000) NOT NULL DEFAULT '',
    counts      jsonb         NOT NULL,
    score       double precision,
    grade       varchar(1),
    rank        integer,
    PRIMARY KEY (tenant_id, month, kind, key),
    FOREIGN KEY (tenant_id, month) REFERENCES assessment_scorecard_freeze (tenant_id, month)
);
SELECT gridx_tenant_table('assessment_scorecard_row', '${app_role}');

--changeset gridx:core-073-reward-rule
-- 网格信息员工作绩效考核奖励: the tenant's rules for an informant's monthly reward, in yuan. No row = not set
-- (every amount 0, no cap). monthly_cap NULL = no cap.
CREATE TABLE assessment_reward_rule (
    tenant_id           varchar(63)    NOT NULL REFERENCES tenant (code),
    base_amount         numeric(10, 2) NOT NULL CHECK (base_amount BETWEEN 0 AND 100000),
    per_valid_report    numeric(10, 2) NOT NULL CHECK (per_valid_report BETWEEN 0 AND 100000),
    per_on_time_check   numeric(10, 2) NOT NULL CHECK (per_on_time_check BETWEEN 0 AND 100000),
    bonus_grade_a       numeric(10, 2) NOT NULL CHECK (bonus_grade_a BETWEEN 0 AND 100000),
    bonus_grade_b       numeric(10, 2) NOT NULL CHECK (bonus_grade_b BETWEEN 0 AND 100000),
    per_rejected_report numeric(10, 2) NOT NULL CHECK (per_rejected_report BETWEEN 0 AND 100000),
    monthly_cap         numeric(10, 2) CHECK (monthly_cap IS NULL OR monthly_cap BETWEEN 0 AND 100000),
    updated_at          timestamptz    NOT NULL,
    updated_by          varchar(64)    NOT NULL,
    PRIMARY KEY (tenant_id)
);
SELECT gridx_tenant_table('assessment_reward_rule', '${app_role}');

--changeset gridx:core-073-fieldwork-period-indexes
-- The street's figures count visits and appeals over a period across the whole tenant (the existing indexes
-- lead with the node): plain indexed COUNTs.
CREATE INDEX field_visit_time ON field_visit (tenant_id, visited_at);
CREATE INDEX resident_appeal_raised ON resident_appeal (tenant_id, raised_at);
CREATE INDEX resident_appeal_resolved ON resident_appeal (tenant_id, resolved_at) WHERE status = 'resolved';
