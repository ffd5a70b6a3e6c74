--liquibase formatted sql

--changeset sample-notes:001-note
CREATE TABLE sample_notes_note (
    tenant_id   varchar(63)   NOT NULL REFERENCES tenant (code),
    id          uuid          NOT NULL,
    title       varchar(200)  NOT NULL,
    body        varchar(4000),
    created_at  timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
);
SELECT gridx_tenant_table('sample_notes_note', '${app_role}');
