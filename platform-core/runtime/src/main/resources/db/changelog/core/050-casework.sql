--liquibase formatted sql

--changeset gridx:core-050-case-transition
-- The loop's transition table as data (global reference table, like the catalogue): every timeline entry
-- must name one of these rows (foreign key below), so no code path, however written, can record a move the
-- model does not have. The Java table (CaseTransitions) is the same list; a test keeps the two equal.
CREATE TABLE case_transition (
    from_state  varchar(16) NOT NULL,
    action      varchar(24) NOT NULL,
    to_state    varchar(16) NOT NULL,
    PRIMARY KEY (from_state, action, to_state)
);
GRANT SELECT ON case_transition TO ${app_role};
INSERT INTO case_transition (from_state, action, to_state) VALUES
    ('new', 'report', 'reported'),
    ('reported', 'register', 'registered'),
    ('reported', 'reject', 'rejected'),
    ('reported', 'resolve-on-spot', 'closed'),
    ('reported', 'merge', 'merged'),
    ('registered', 'merge', 'merged'),
    ('registered', 'dispatch', 'dispatched'),
    ('dispatched', 'accept', 'accepted'),
    ('dispatched', 'return', 'registered'),
    ('accepted', 'handle', 'handled'),
    ('accepted', 'request-postponement', 'accepted'),
    ('accepted', 'approve-postponement', 'accepted'),
    ('accepted', 'deny-postponement', 'accepted'),
    ('handled', 'close', 'closed'),
    ('handled', 'rework', 'accepted'),
    ('closed', 'evaluate', 'evaluated'),
    ('reported', 'escalate', 'reported'),
    ('registered', 'escalate', 'registered'),
    ('dispatched', 'escalate', 'dispatched'),
    ('accepted', 'escalate', 'accepted'),
    ('handled', 'escalate', 'handled'),
    ('reported', 'overdue', 'reported'),
    ('registered', 'overdue', 'registered'),
    ('dispatched', 'overdue', 'dispatched'),
    ('accepted', 'overdue', 'accepted'),
    ('handled', 'overdue', 'handled'),
    ('reported', 'remind', 'reported'),
    ('registered', 'remind', 'registered'),
    ('dispatched', 'remind', 'dispatched'),
    ('accepted', 'remind', 'accepted'),
    ('handled', 'remind', 'handled'),
    ('reported', 'add-reporter', 'reported'),
    ('registered', 'add-reporter', 'registered'),
    ('dispatched', 'add-reporter', 'dispatched'),
    ('accepted', 'add-reporter', 'accepted'),
    ('handled', 'add-reporter', 'handled');

--changeset gridx:core-050-case-number
-- Case numbers come from one sequence, not a per-tenant counter row: a counter row would serialise every
-- intake of a tenant behind one lock. Numbers are unique and increasing per tenant, not gapless.
CREATE SEQUENCE case_number_seq;
GRANT USAGE ON SEQUENCE case_number_seq TO ${app_role};

--changeset gridx:core-050-case-file
-- 案卷: one case of the closed loop. Its current state and step deadline are here for queues and boards;
-- how it got there is only in case_timeline (append-only, hash-chained). row_version guards against two
-- dispatchers acting at once (optimistic lock: one wins, the other gets 409).
CREATE TABLE case_file (
    tenant_id          varchar(63)   NOT NULL REFERENCES tenant (code),
    id                 uuid          NOT NULL,
    number             varchar(20)   NOT NULL,
    kind               varchar(16)   NOT NULL CHECK (kind IN ('problem', 'service')),
    source             varchar(16)   NOT NULL CHECK (source IN ('grid-worker', 'resident', 'video', 'hotline',
                                         'patrol', 'appeal', 'open311')),
    state              varchar(16)   NOT NULL,
    list_version_id    uuid,
    item_code          varchar(16),
    duty_item_id       uuid,
    title              varchar(120)  NOT NULL,
    description        varchar(2000) NOT NULL,
    grid_node_id       uuid          NOT NULL,
    grid_code          varchar(15)   NOT NULL,
    lon                double precision CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
    lat                double precision CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
    address            varchar(200),
    priority           varchar(16)   NOT NULL CHECK (priority IN ('urgent', 'high', 'normal', 'low')),
    reported_by        varchar(64),
    reporter_name      varchar(100),
    reporter_contact   varchar(100),
    reported_at        timestamptz   NOT NULL,
    lead_department    varchar(32),
    co_departments     text[]        NOT NULL DEFAULT '{}',
    assignee           varchar(64),
    escalation_level   varchar(16)   NOT NULL DEFAULT 'grid' CHECK (escalation_level IN ('grid', 'community', 'street', 'banner')),
    escalation_handler varchar(64),
    step_started_at    timestamptz   NOT NULL,
    due_at             timestamptz,
    overdue            boolean       NOT NULL DEFAULT false,
    postponement_asked varchar(20),
    postponements      smallint      NOT NULL DEFAULT 0,
    reworks            smallint      NOT NULL DEFAULT 0,
    returns            smallint      NOT NULL DEFAULT 0,
    duplicate_of       uuid,
    merged_into        uuid,
    rating             smallint      CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    closed_at          timestamptz,
    timeline_length    integer       NOT NULL DEFAULT 0,
    timeline_head      varchar(64),
    idempotency_key    varchar(64),
    request_hash       varchar(64),
    row_version        integer       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, number),
    UNIQUE (tenant_id, reported_by, idempotency_key),
    FOREIGN KEY (tenant_id, grid_node_id) REFERENCES grid_node (tenant_id, id),
    FOREIGN KEY (tenant_id, list_version_id) REFERENCES disposal_list_version (tenant_id, id),
    FOREIGN KEY (tenant_id, lead_department) REFERENCES department (tenant_id, code),
    FOREIGN KEY (tenant_id, duty_item_id) REFERENCES duty_item (tenant_id, id),
    FOREIGN KEY (tenant_id, merged_into) REFERENCES case_file (tenant_id, id),
    FOREIGN KEY (tenant_id, duplicate_of) REFERENCES case_file (tenant_id, id),
    CHECK ((kind = 'problem') = (item_code IS NOT NULL AND list_version_id IS NOT NULL)),
    CHECK ((kind = 'service') = (duty_item_id IS NOT NULL))
);
CREATE INDEX case_file_queue ON case_file (tenant_id, state, due_at);
CREATE INDEX case_file_grid ON case_file (tenant_id, grid_code, reported_at DESC);
CREATE INDEX case_file_department ON case_file (tenant_id, lead_department, state);
CREATE INDEX case_file_reporter ON case_file (tenant_id, reported_by, reported_at DESC);
CREATE INDEX case_file_nearby ON case_file (tenant_id, item_code, reported_at) WHERE lon IS NOT NULL;
SELECT gridx_tenant_table('case_file', '${app_role}');

--changeset gridx:core-050-case-timeline splitStatements:false
-- The record (台账) of every step. Each entry carries the hash of the previous one of its case, so a row
-- changed or removed behind the application's back breaks the chain; the verify endpoint finds it. The app
-- role may only read and append; a trigger refuses UPDATE and DELETE even for the owner.
CREATE TABLE case_timeline (
    tenant_id    varchar(63)   NOT NULL REFERENCES tenant (code),
    id           uuid          NOT NULL,
    case_id      uuid          NOT NULL,
    seq          integer       NOT NULL CHECK (seq > 0),
    at           timestamptz   NOT NULL,
    from_state   varchar(16)   NOT NULL,
    action       varchar(24)   NOT NULL,
    to_state     varchar(16)   NOT NULL,
    actor        varchar(64)   NOT NULL,
    actor_role   varchar(32)   NOT NULL,
    note         varchar(2000),
    data         jsonb         NOT NULL DEFAULT '{}',
    prev_hash    varchar(64)   NOT NULL,
    hash         varchar(64)   NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, case_id, seq),
    FOREIGN KEY (tenant_id, case_id) REFERENCES case_file (tenant_id, id),
    FOREIGN KEY (from_state, action, to_state) REFERENCES case_transition (from_state, action, to_state)
);
SELECT gridx_tenant_table('case_timeline', '${app_role}');
REVOKE UPDATE, DELETE ON case_timeline FROM ${app_role};
CREATE FUNCTION case_timeline_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'case_timeline is append-only (% refused)', TG_OP USING ERRCODE = '42501';
END;
$$;
CREATE TRIGGER case_timeline_append_only BEFORE UPDATE OR DELETE ON case_timeline
    FOR EACH ROW EXECUTE FUNCTION case_timeline_append_only();

--changeset gridx:core-050-case-photo
-- Photos attached to a case at a step (report, feedback, before/after of an on-the-spot fix, check).
CREATE TABLE case_photo (
    tenant_id  varchar(63)  NOT NULL REFERENCES tenant (code),
    id         uuid         NOT NULL,
    case_id    uuid         NOT NULL,
    media_id   uuid         NOT NULL,
    step       varchar(24)  NOT NULL,
    role       varchar(16)  NOT NULL DEFAULT 'evidence' CHECK (role IN ('evidence', 'before', 'after')),
    timeline_seq integer    NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, case_id, media_id, step),
    FOREIGN KEY (tenant_id, case_id) REFERENCES case_file (tenant_id, id)
);
SELECT gridx_tenant_table('case_photo', '${app_role}');

--changeset gridx:core-050-case-party
-- Everyone a case keeps informed beyond its handlers: the reporter, reporters of merged duplicates, the
-- escalation handler. Residents and Open311 reporters without an account are kept by contact.
CREATE TABLE case_party (
    tenant_id  varchar(63)  NOT NULL REFERENCES tenant (code),
    id         uuid         NOT NULL,
    case_id    uuid         NOT NULL,
    party      varchar(100) NOT NULL,
    kind       varchar(16)  NOT NULL CHECK (kind IN ('reporter', 'merged-reporter', 'escalation', 'contact')),
    added_at   timestamptz  NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, case_id, party),
    FOREIGN KEY (tenant_id, case_id) REFERENCES case_file (tenant_id, id)
);
SELECT gridx_tenant_table('case_party', '${app_role}');

--changeset gridx:core-050-case-settings
-- Per-tenant loop settings; absent row = defaults (50 m / 72 h duplicate window; service requests' limits).
CREATE TABLE case_settings (
    tenant_id          varchar(63)  NOT NULL REFERENCES tenant (code),
    id                 uuid         NOT NULL,
    duplicate_radius_m integer      NOT NULL DEFAULT 50 CHECK (duplicate_radius_m BETWEEN 0 AND 5000),
    duplicate_window   varchar(20)  NOT NULL DEFAULT 'PT72H' CHECK (duplicate_window ~ '^P'),
    service_limits     jsonb        NOT NULL DEFAULT '{"verify":"PT2H","dispatch":"PT2H","accept":"PT2H","handle":"PT72H","check":"PT24H"}',
    remind_at_percent  smallint     NOT NULL DEFAULT 75 CHECK (remind_at_percent BETWEEN 1 AND 99),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id)
);
SELECT gridx_tenant_table('case_settings', '${app_role}');
