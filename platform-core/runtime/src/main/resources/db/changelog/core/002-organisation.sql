--liquibase formatted sql

--changeset gridx:core-002-grid-node
CREATE TABLE grid_node (
    tenant_id   varchar(63)  NOT NULL REFERENCES tenant (code),
    id          uuid         NOT NULL,
    code        varchar(15)  NOT NULL CHECK (code ~ '^[0-9]{6}([0-9]{3}){0,3}$'),
    parent_id   uuid,
    level       smallint     NOT NULL CHECK (level BETWEEN 0 AND 3),
    name_zh     varchar(100) NOT NULL,
    name_en     varchar(100) NOT NULL,
    kind        varchar(32)  NOT NULL,
    households  integer      CHECK (households IS NULL OR households >= 0),
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, code),
    FOREIGN KEY (tenant_id, parent_id) REFERENCES grid_node (tenant_id, id)
);
CREATE INDEX grid_node_parent ON grid_node (tenant_id, parent_id);
SELECT gridx_tenant_table('grid_node', '${app_role}');

--changeset gridx:core-002-department
CREATE TABLE department (
    tenant_id   varchar(63)  NOT NULL REFERENCES tenant (code),
    id          uuid         NOT NULL,
    code        varchar(32)  NOT NULL CHECK (code ~ '^[a-z][a-z0-9-]*$'),
    name_zh     varchar(100) NOT NULL,
    name_en     varchar(100) NOT NULL,
    kind        varchar(32)  NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, code)
);
SELECT gridx_tenant_table('department', '${app_role}');
