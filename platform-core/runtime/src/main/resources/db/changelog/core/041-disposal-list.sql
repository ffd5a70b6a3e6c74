--liquibase formatted sql

--changeset gridx:core-041-disposal-list-version
-- A version of a tenant's disposal-task responsibility list (处置任务责任清单). Edits happen in the one draft;
-- publishing freezes it with an effective-from. Cases keep the version id they were registered under, so a
-- published version and its items are never changed again (the service refuses; no UPDATE path exists).
CREATE TABLE disposal_list_version (
    tenant_id       varchar(63)  NOT NULL REFERENCES tenant (code),
    id              uuid         NOT NULL,
    number          integer      NOT NULL CHECK (number > 0),
    status          varchar(16)  NOT NULL CHECK (status IN ('draft', 'published')),
    effective_from  timestamptz,
    note            varchar(500),
    created_at      timestamptz  NOT NULL DEFAULT now(),
    created_by      varchar(64)  NOT NULL,
    published_at    timestamptz,
    published_by    varchar(64),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, number),
    CHECK ((status = 'draft') = (effective_from IS NULL))
);
-- At most one draft per tenant: two administrators editing two drafts would lose one's work on publish.
CREATE UNIQUE INDEX disposal_list_one_draft ON disposal_list_version (tenant_id) WHERE status = 'draft';
CREATE INDEX disposal_list_in_force ON disposal_list_version (tenant_id, effective_from DESC) WHERE status = 'published';
SELECT gridx_tenant_table('disposal_list_version', '${app_role}');

--changeset gridx:core-041-disposal-list-item
-- One matter of one version. Time limits are ISO-8601 durations (PT30M, PT72H); escalation is the ordered
-- path grid → community → street → banner, each step {level, role, within}.
CREATE TABLE disposal_list_item (
    tenant_id        varchar(63)  NOT NULL REFERENCES tenant (code),
    id               uuid         NOT NULL,
    version_id       uuid         NOT NULL,
    code             varchar(16)  NOT NULL CHECK (code ~ '^([0-9]{5}|L[0-9A-Z-]{1,15})$'),
    catalogue_code   varchar(5),
    -- Catalogue codes are unique per kind: component items point at components, event items at matters.
    catalogue_kind   varchar(16)  GENERATED ALWAYS AS (CASE WHEN catalogue_code IS NULL THEN NULL
                                  WHEN kind = 'component' THEN 'component' ELSE 'item' END) STORED,
    kind             varchar(16)  NOT NULL CHECK (kind IN ('component', 'event')),
    name_zh          varchar(100) NOT NULL,
    name_en          varchar(100) NOT NULL,
    lead_department  varchar(32)  NOT NULL,
    co_departments   text[]       NOT NULL DEFAULT '{}',
    verify_limit     varchar(20)  NOT NULL CHECK (verify_limit ~ '^P'),
    dispatch_limit   varchar(20)  NOT NULL CHECK (dispatch_limit ~ '^P'),
    accept_limit     varchar(20)  NOT NULL CHECK (accept_limit ~ '^P'),
    handle_limit     varchar(20)  NOT NULL CHECK (handle_limit ~ '^P'),
    check_limit      varchar(20)  NOT NULL CHECK (check_limit ~ '^P'),
    priority         varchar(16)  NOT NULL CHECK (priority IN ('urgent', 'high', 'normal', 'low')),
    on_the_spot      boolean      NOT NULL,
    escalation       jsonb        NOT NULL DEFAULT '[]',
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, version_id, code),
    -- A catalogue item carries its own code; a local extension (code L…) has none.
    CHECK ((catalogue_code IS NULL) = (code LIKE 'L%') AND (catalogue_code IS NULL OR catalogue_code = code)),
    FOREIGN KEY (tenant_id, version_id) REFERENCES disposal_list_version (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, lead_department) REFERENCES department (tenant_id, code),
    FOREIGN KEY (catalogue_kind, catalogue_code) REFERENCES catalogue_entry (kind, code)
);
SELECT gridx_tenant_table('disposal_list_item', '${app_role}');
