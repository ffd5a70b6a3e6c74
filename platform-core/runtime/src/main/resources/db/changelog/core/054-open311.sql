--liquibase formatted sql

--changeset gridx:core-054-open311-api-key
-- Keys of the Open311 clients (apps, FixMyStreet-style sites, a hotline's CRM) allowed to POST service
-- requests into this tenant's loop. Only the SHA-256 of a key is kept: the key is shown once when it is
-- made, so a copy of the database cannot be replayed against the API. A revoked key stays, because its
-- name is the reporter ("open311:<name>") of the cases it created; names are therefore never reused.
CREATE TABLE open311_api_key (
    tenant_id     varchar(63)  NOT NULL REFERENCES tenant (code),
    id            uuid         NOT NULL,
    name          varchar(48)  NOT NULL CHECK (name ~ '^[a-z0-9][a-z0-9._-]{0,47}$'),
    key_hash      char(64)     NOT NULL CHECK (key_hash ~ '^[0-9a-f]{64}$'),
    created_at    timestamptz  NOT NULL,
    created_by    varchar(64)  NOT NULL,
    revoked_at    timestamptz,
    last_used_at  timestamptz,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, name),
    UNIQUE (tenant_id, key_hash)
);
SELECT gridx_tenant_table('open311_api_key', '${app_role}');
