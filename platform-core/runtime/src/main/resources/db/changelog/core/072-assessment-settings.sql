--liquibase formatted sql

--changeset gridx:core-072-assessment-settings
-- What a tenant's overall assessment score (综合评分) is made of: a weight per indicator (integers summing to
-- 100, keyed by indicator code) and the lowest score of grades A–D. One row per tenant; no row = the defaults
-- of DOMAIN.md (Weights.DEFAULT). Validity (known codes, sum 100, falling floors) is checked by the service,
-- which names the field; the checks here only keep a hand-written UPDATE from storing nonsense.
CREATE TABLE assessment_settings (
    tenant_id     varchar(63)  NOT NULL REFERENCES tenant (code),
    id            uuid         NOT NULL,
    weights       jsonb        NOT NULL CHECK (jsonb_typeof(weights) = 'object'),
    grade_floors  jsonb        NOT NULL CHECK (jsonb_typeof(grade_floors) = 'array' AND jsonb_array_length(grade_floors) = 4),
    updated_at    timestamptz  NOT NULL,
    updated_by    varchar(64)  NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id)
);
SELECT gridx_tenant_table('assessment_settings', '${app_role}');

-- Every change of the settings, never updated: who, when, and the settings before (null = the defaults) and
-- after, so a grade on an old report can be explained by the weights in force then.
CREATE TABLE assessment_settings_change (
    tenant_id   varchar(63)  NOT NULL REFERENCES tenant (code),
    id          uuid         NOT NULL,
    changed_at  timestamptz  NOT NULL,
    changed_by  varchar(64)  NOT NULL,
    before      jsonb,
    after       jsonb        NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX assessment_settings_change_at ON assessment_settings_change (tenant_id, changed_at);
SELECT gridx_tenant_table('assessment_settings_change', '${app_role}');
