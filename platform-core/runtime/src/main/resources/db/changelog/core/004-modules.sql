--liquibase formatted sql

--changeset gridx:core-004-tenant-module
CREATE TABLE tenant_module (
    tenant_id   varchar(63)  NOT NULL REFERENCES tenant (code),
    id          uuid         NOT NULL,
    module_id   varchar(63)  NOT NULL,
    enabled     boolean      NOT NULL,
    settings    jsonb        NOT NULL DEFAULT '{}',
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    updated_by  varchar(64),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, module_id)
);
SELECT gridx_tenant_table('tenant_module', '${app_role}');
