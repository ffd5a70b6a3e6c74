--liquibase formatted sql

--changeset gridx:core-001-tenant
CREATE TABLE tenant (
    -- Global table (no tenant_id): the directory of tenants itself, managed by platform operators.
    code          varchar(63)  PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,62}$'),
    name_zh       varchar(100) NOT NULL,
    name_en       varchar(100) NOT NULL,
    kind          varchar(16)  NOT NULL CHECK (kind IN ('street', 'town', 'township', 'banner', 'county', 'district', 'city')),
    division_code varchar(15)  NOT NULL CHECK (division_code ~ '^[0-9]{6}([0-9]{3}){0,3}$'),
    locale        varchar(10)  NOT NULL DEFAULT 'zh-CN',
    time_zone     varchar(40)  NOT NULL DEFAULT 'Asia/Shanghai',
    status        varchar(12)  NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
    parent_code   varchar(63)  REFERENCES tenant (code),
    definition_hash varchar(64),
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    CHECK (parent_code IS NULL OR parent_code <> code)
);
GRANT SELECT, INSERT, UPDATE ON tenant TO ${app_role};

--changeset gridx:core-001-rls-helper splitStatements:false
-- One place that turns a table into a tenant-owned one: row-level security on, forced for the owner too,
-- a fail-closed policy (no tenant set means no rows, not all rows) and DML rights for the application role.
-- Modules call it for each of their tables.
CREATE OR REPLACE FUNCTION gridx_tenant_table(tbl regclass, app_role text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
    EXECUTE format('CREATE POLICY tenant_isolation ON %s '
        || 'USING (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')) '
        || 'WITH CHECK (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), ''''))', tbl);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO %I', tbl, app_role);
END;
$$;
