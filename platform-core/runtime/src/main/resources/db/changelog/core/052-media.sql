--liquibase formatted sql

--changeset gridx:core-052-media-object
-- A photo of a report or a loop step (issue 4). The original may carry the photographer's GPS position
-- (has_location); only staff roles receive it, everyone else the re-encoded public rendition. Stored once
-- per tenant and content (sha256); the bytes live in the named storage under the three keys. Other tables
-- keep the id only.
CREATE TABLE media_object (
    tenant_id      varchar(63)  NOT NULL REFERENCES tenant (code),
    id             uuid         NOT NULL,
    -- image/webp is recognised but refused for now (no decoder in the JDK); listed so accepting it later needs no migration.
    content_type   varchar(32)  NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
    size           bigint       NOT NULL CHECK (size > 0),
    sha256         char(64)     NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    width          integer      NOT NULL CHECK (width > 0),
    height         integer      NOT NULL CHECK (height > 0),
    has_location   boolean      NOT NULL,
    storage        varchar(16)  NOT NULL CHECK (storage IN ('database', 'filesystem', 's3')),
    original_key   varchar(200) NOT NULL,
    public_key     varchar(200) NOT NULL,
    public_type    varchar(32)  NOT NULL CHECK (public_type IN ('image/jpeg', 'image/png')),
    thumbnail_key  varchar(200) NOT NULL,
    uploaded_by    varchar(64)  NOT NULL,
    uploaded_at    timestamptz  NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, sha256)
);
SELECT gridx_tenant_table('media_object', '${app_role}');

--changeset gridx:core-052-media-blob
-- Photo bytes when gridx.media.storage=database (the default, so a single machine needs nothing else).
-- JPEG and PNG are already compressed: EXTERNAL stores them out of line without trying to compress again.
CREATE TABLE media_blob (
    tenant_id  varchar(63)  NOT NULL REFERENCES tenant (code),
    id         uuid         NOT NULL,
    blob_key   varchar(200) NOT NULL,
    data       bytea        NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, blob_key)
);
ALTER TABLE media_blob ALTER COLUMN data SET STORAGE EXTERNAL;
SELECT gridx_tenant_table('media_blob', '${app_role}');
