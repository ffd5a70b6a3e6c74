--liquibase formatted sql

--changeset gridx:core-003-operator-account
CREATE TABLE operator_account (
    -- Global table (no tenant_id): platform operators run the platform itself and belong to no tenant.
    username       varchar(64)  PRIMARY KEY CHECK (username ~ '^[a-z][a-z0-9._-]{2,63}$'),
    display_name   varchar(100) NOT NULL,
    password_hash  varchar(200) NOT NULL,
    failed_logins  integer      NOT NULL DEFAULT 0,
    locked_until   timestamptz,
    created_at     timestamptz  NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT, UPDATE ON operator_account TO ${app_role};

--changeset gridx:core-003-account
CREATE TABLE account (
    tenant_id       varchar(63)  NOT NULL REFERENCES tenant (code),
    id              uuid         NOT NULL,
    username        varchar(64)  NOT NULL CHECK (username ~ '^[a-z][a-z0-9._-]{2,63}$'),
    display_name    varchar(100) NOT NULL,
    password_hash   varchar(200),
    roles           text[]       NOT NULL,
    grid_scope      text[]       NOT NULL DEFAULT '{}',
    department_code varchar(32),
    locale          varchar(10),
    status          varchar(12)  NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
    failed_logins   integer      NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, username),
    FOREIGN KEY (tenant_id, department_code) REFERENCES department (tenant_id, code)
);
SELECT gridx_tenant_table('account', '${app_role}');

--changeset gridx:core-003-refresh-token
CREATE TABLE refresh_token (
    tenant_id    varchar(63) NOT NULL REFERENCES tenant (code),
    id           uuid        NOT NULL,
    account_id   uuid        NOT NULL,
    token_hash   varchar(64) NOT NULL,
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, token_hash),
    FOREIGN KEY (tenant_id, account_id) REFERENCES account (tenant_id, id)
);
SELECT gridx_tenant_table('refresh_token', '${app_role}');
