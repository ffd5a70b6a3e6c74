--liquibase formatted sql

--changeset gridx:core-021-field-visit
-- 入户走访. household_id will point at the elements' household table once it exists (built in parallel);
-- until then the address text is what identifies the household. The idempotency key is per recorder,
-- with a hash of the request so a retry with different content can be refused.
CREATE TABLE field_visit (
    tenant_id         varchar(63)   NOT NULL REFERENCES tenant (code),
    id                uuid          NOT NULL,
    node_id           uuid          NOT NULL,
    recorded_by       uuid          NOT NULL,
    household_id      uuid,
    address           varchar(200)  NOT NULL,
    visited_at        timestamptz   NOT NULL,
    asked             varchar(2000),
    found             varchar(2000),
    follow_up         boolean       NOT NULL DEFAULT false,
    latitude          double precision CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
    longitude         double precision CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
    idempotency_key   varchar(64),
    request_hash      varchar(64),
    created_at        timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, recorded_by, idempotency_key),
    FOREIGN KEY (tenant_id, node_id) REFERENCES grid_node (tenant_id, id),
    FOREIGN KEY (tenant_id, recorded_by) REFERENCES account (tenant_id, id)
);
CREATE INDEX field_visit_node_time ON field_visit (tenant_id, node_id, visited_at);
SELECT gridx_tenant_table('field_visit', '${app_role}');

--changeset gridx:core-021-resident-appeal
-- 诉求. No phone number is stored yet: encrypted contact details arrive with the elements work, until then
-- the resident is named and reached through the household/address. An appeal marked 'to-case' carries
-- case_payload, the hand-off the closed loop (issue 4) consumes; case_ref is set by the loop.
CREATE TABLE resident_appeal (
    tenant_id         varchar(63)   NOT NULL REFERENCES tenant (code),
    id                uuid          NOT NULL,
    node_id           uuid          NOT NULL,
    recorded_by       uuid          NOT NULL,
    raised_by         varchar(100)  NOT NULL,
    household_id      uuid,
    address           varchar(200),
    category          varchar(32)   NOT NULL,
    text              varchar(2000) NOT NULL,
    status            varchar(16)   NOT NULL DEFAULT 'open'
                      CHECK (status IN ('open', 'in-progress', 'resolved', 'to-case')),
    resolution_note   varchar(2000),
    raised_at         timestamptz   NOT NULL,
    resolved_at       timestamptz,
    handed_off_at     timestamptz,
    case_payload      jsonb,
    case_ref          varchar(64),
    idempotency_key   varchar(64),
    request_hash      varchar(64),
    created_at        timestamptz   NOT NULL DEFAULT now(),
    updated_at        timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, recorded_by, idempotency_key),
    FOREIGN KEY (tenant_id, node_id) REFERENCES grid_node (tenant_id, id),
    FOREIGN KEY (tenant_id, recorded_by) REFERENCES account (tenant_id, id),
    CHECK (status <> 'resolved' OR (resolved_at IS NOT NULL AND resolution_note IS NOT NULL)),
    CHECK (status <> 'to-case' OR (handed_off_at IS NOT NULL AND case_payload IS NOT NULL))
);
CREATE INDEX resident_appeal_node_time ON resident_appeal (tenant_id, node_id, raised_at);
CREATE INDEX resident_appeal_handoff ON resident_appeal (tenant_id, handed_off_at) WHERE status = 'to-case' AND case_ref IS NULL;
SELECT gridx_tenant_table('resident_appeal', '${app_role}');
