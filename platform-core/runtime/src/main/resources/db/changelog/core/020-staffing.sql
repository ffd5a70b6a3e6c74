--liquibase formatted sql

--changeset gridx:core-020-staff-post
-- A post (岗位) on a grid node, held by an A holder with a B backup (AB岗). Which roles fit which level is
-- checked by the service (DOMAIN.md); the command centre's dispatcher posts sit on the street node.
CREATE TABLE staff_post (
    tenant_id    varchar(63) NOT NULL REFERENCES tenant (code),
    id           uuid        NOT NULL,
    node_id      uuid        NOT NULL,
    role         varchar(32) NOT NULL CHECK (role IN ('supervisor', 'grid-chief', 'instructor', 'specialist',
                                                     'informant', 'dispatcher')),
    holder_a_id  uuid        NOT NULL,
    holder_b_id  uuid,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, node_id) REFERENCES grid_node (tenant_id, id),
    FOREIGN KEY (tenant_id, holder_a_id) REFERENCES account (tenant_id, id),
    FOREIGN KEY (tenant_id, holder_b_id) REFERENCES account (tenant_id, id),
    CHECK (holder_b_id IS NULL OR holder_b_id <> holder_a_id)
);
-- One post per role and node, except informants: a grid has about one per 100 households.
CREATE UNIQUE INDEX staff_post_one_per_role ON staff_post (tenant_id, node_id, role) WHERE role <> 'informant';
CREATE INDEX staff_post_node ON staff_post (tenant_id, node_id);
SELECT gridx_tenant_table('staff_post', '${app_role}');

--changeset gridx:core-020-staff-absence
-- A period a person is away (leave, training, illness): the other holder of each of their posts acts.
CREATE TABLE staff_absence (
    tenant_id   varchar(63)  NOT NULL REFERENCES tenant (code),
    id          uuid         NOT NULL,
    account_id  uuid         NOT NULL,
    starts_at   timestamptz  NOT NULL,
    ends_at     timestamptz  NOT NULL,
    reason      varchar(200) NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, account_id) REFERENCES account (tenant_id, id),
    CHECK (ends_at > starts_at)
);
CREATE INDEX staff_absence_account ON staff_absence (tenant_id, account_id, starts_at);
SELECT gridx_tenant_table('staff_absence', '${app_role}');

--changeset gridx:core-020-staff-sinking
-- 实名下沉网格: a named department handler assigned to a grid node, with the department they come from.
CREATE TABLE staff_sinking (
    tenant_id        varchar(63) NOT NULL REFERENCES tenant (code),
    id               uuid        NOT NULL,
    account_id       uuid        NOT NULL,
    node_id          uuid        NOT NULL,
    department_code  varchar(32) NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, account_id, node_id),
    FOREIGN KEY (tenant_id, account_id) REFERENCES account (tenant_id, id),
    FOREIGN KEY (tenant_id, node_id) REFERENCES grid_node (tenant_id, id),
    FOREIGN KEY (tenant_id, department_code) REFERENCES department (tenant_id, code)
);
SELECT gridx_tenant_table('staff_sinking', '${app_role}');
