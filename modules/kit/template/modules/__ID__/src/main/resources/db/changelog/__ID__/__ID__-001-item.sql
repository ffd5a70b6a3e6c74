--liquibase formatted sql

--changeset __ID__:001-item
-- Tenant-owned: tenant_id leads the primary key (Citus-ready); gridx_tenant_table turns on forced
-- row-level security with the fail-closed policy and grants the application role its rights.
-- A table that points at another of the module's tables uses a composite key: FOREIGN KEY (tenant_id, x_id).
CREATE TABLE __TABLE__item (
    tenant_id   varchar(63)   NOT NULL REFERENCES tenant (code),
    id          uuid          NOT NULL,
    title       varchar(200)  NOT NULL,
    note        varchar(4000),
    created_at  timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
);
SELECT gridx_tenant_table('__TABLE__item', '${app_role}');
