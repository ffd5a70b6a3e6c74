--liquibase formatted sql

--changeset gridx:core-042-duty-item
-- The three responsibility lists (党建 / 综合治理 / 便民服务) as duties per role and grid level. Not versioned:
-- nothing downstream keeps a reference to a duty the way a case keeps its disposal-list version.
CREATE TABLE duty_item (
    tenant_id   varchar(63)  NOT NULL REFERENCES tenant (code),
    id          uuid         NOT NULL,
    list        varchar(32)  NOT NULL CHECK (list IN ('party-building', 'governance', 'convenience')),
    role        varchar(32)  NOT NULL,
    level       smallint     NOT NULL CHECK (level BETWEEN 0 AND 3),
    text_zh     varchar(500) NOT NULL,
    text_en     varchar(500) NOT NULL,
    frequency   varchar(16)  NOT NULL CHECK (frequency IN ('daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'as-needed')),
    position    integer      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX duty_item_list ON duty_item (tenant_id, list, level, position);
SELECT gridx_tenant_table('duty_item', '${app_role}');

--changeset gridx:core-042-patrol-item
-- The informants' daily patrol checklist (日常巡查清单). Retired items stay (active = false) because past
-- rounds refer to them.
CREATE TABLE patrol_item (
    tenant_id       varchar(63)  NOT NULL REFERENCES tenant (code),
    id              uuid         NOT NULL,
    text_zh         varchar(200) NOT NULL,
    text_en         varchar(200) NOT NULL,
    catalogue_kind  varchar(16),
    catalogue_code  varchar(5),
    position        integer      NOT NULL DEFAULT 0,
    active          boolean      NOT NULL DEFAULT true,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (catalogue_kind, catalogue_code) REFERENCES catalogue_entry (kind, code)
);
SELECT gridx_tenant_table('patrol_item', '${app_role}');

--changeset gridx:core-042-patrol-round
-- A patrol round (巡查) by an informant in one grid. The client's idempotency key makes a retried submission
-- (phones on bad networks) return the first round instead of recording it twice.
CREATE TABLE patrol_round (
    tenant_id        varchar(63)  NOT NULL REFERENCES tenant (code),
    id               uuid         NOT NULL,
    idempotency_key  varchar(64)  NOT NULL,
    body_hash        varchar(64)  NOT NULL,
    informant        varchar(64)  NOT NULL,
    grid_code        varchar(15)  NOT NULL,
    submitted_at     timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, informant, idempotency_key),
    FOREIGN KEY (tenant_id, grid_code) REFERENCES grid_node (tenant_id, code)
);
SELECT gridx_tenant_table('patrol_round', '${app_role}');

CREATE TABLE patrol_check (
    tenant_id   varchar(63)  NOT NULL REFERENCES tenant (code),
    id          uuid         NOT NULL,
    round_id    uuid         NOT NULL,
    item_id     uuid         NOT NULL,
    result      varchar(16)  NOT NULL CHECK (result IN ('ok', 'problem')),
    checked_at  timestamptz  NOT NULL,
    lon         double precision CHECK (lon BETWEEN -180 AND 180),
    lat         double precision CHECK (lat BETWEEN -90 AND 90),
    note        varchar(1000),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, round_id, item_id),
    FOREIGN KEY (tenant_id, round_id) REFERENCES patrol_round (tenant_id, id),
    FOREIGN KEY (tenant_id, item_id) REFERENCES patrol_item (tenant_id, id)
);
SELECT gridx_tenant_table('patrol_check', '${app_role}');

--changeset gridx:core-042-case-report-draft
-- Hand-off to the case loop (issue 4): a report prefilled from a failed patrol item, waiting to be
-- submitted as a case. The loop reads open drafts and marks them taken; nothing here creates cases.
CREATE TABLE case_report_draft (
    tenant_id        varchar(63)  NOT NULL REFERENCES tenant (code),
    id               uuid         NOT NULL,
    source           varchar(16)  NOT NULL CHECK (source IN ('patrol')),
    patrol_check_id  uuid,
    status           varchar(16)  NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'taken', 'discarded')),
    catalogue_kind   varchar(16),
    catalogue_code   varchar(5),
    grid_code        varchar(15)  NOT NULL,
    lon              double precision,
    lat              double precision,
    description      varchar(1000) NOT NULL,
    reporter         varchar(64)  NOT NULL,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, patrol_check_id),
    FOREIGN KEY (tenant_id, patrol_check_id) REFERENCES patrol_check (tenant_id, id),
    FOREIGN KEY (tenant_id, grid_code) REFERENCES grid_node (tenant_id, code),
    FOREIGN KEY (catalogue_kind, catalogue_code) REFERENCES catalogue_entry (kind, code)
);
CREATE INDEX case_report_draft_open ON case_report_draft (tenant_id, status, created_at);
SELECT gridx_tenant_table('case_report_draft', '${app_role}');
