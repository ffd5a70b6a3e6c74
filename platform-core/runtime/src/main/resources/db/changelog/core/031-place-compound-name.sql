--liquibase formatted sql

--changeset gridx:core-031-place-compound-name
-- UNIQUE (tenant_id, parent_id, name) does not hold for compounds (parent_id is NULL, and NULLs are
-- distinct), so two compounds of one tenant could share a name under concurrent creation.
CREATE UNIQUE INDEX place_compound_name ON place (tenant_id, name) WHERE parent_id IS NULL;
