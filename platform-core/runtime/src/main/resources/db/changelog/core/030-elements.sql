--liquibase formatted sql

-- Basic elements (人、地、物、组织), each on a grid node. Personal data (identity-card number, phone) is
-- stored only as AES-GCM ciphertext plus a keyed HMAC blind index for exact search and uniqueness, and a
-- masked form for lists (the masked form is what every page shows without a recorded reveal).

--changeset gridx:core-030-household
CREATE TABLE household (
    tenant_id     varchar(63)  NOT NULL REFERENCES tenant (code),
    id            uuid         NOT NULL,
    code          varchar(32)  NOT NULL CHECK (code ~ '^[A-Za-z0-9-]{1,32}$'),
    grid_node_id  uuid         NOT NULL,
    address       varchar(200) NOT NULL,
    head_id       uuid,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, code),
    FOREIGN KEY (tenant_id, grid_node_id) REFERENCES grid_node (tenant_id, id)
);
SELECT gridx_tenant_table('household', '${app_role}');

--changeset gridx:core-030-resident
CREATE TABLE resident (
    tenant_id      varchar(63)  NOT NULL REFERENCES tenant (code),
    id             uuid         NOT NULL,
    grid_node_id   uuid         NOT NULL,
    household_id   uuid,
    name           varchar(50)  NOT NULL CHECK (length(trim(name)) > 0),
    gender         varchar(6)   NOT NULL CHECK (gender IN ('male', 'female')),
    birth_year     smallint     CHECK (birth_year IS NULL OR birth_year BETWEEN 1880 AND 2100),
    id_card_enc    bytea,
    id_card_index  bytea,
    id_card_masked varchar(18),
    phone_enc      bytea,
    phone_index    bytea,
    phone_masked   varchar(11),
    tags           text[]       NOT NULL DEFAULT '{}',
    import_job_id  uuid,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, grid_node_id) REFERENCES grid_node (tenant_id, id),
    FOREIGN KEY (tenant_id, household_id) REFERENCES household (tenant_id, id),
    CHECK ((id_card_enc IS NULL) = (id_card_index IS NULL)),
    CHECK ((phone_enc IS NULL) = (phone_index IS NULL))
);
-- One person per identity-card number per tenant; the blind index makes that checkable without the clear value.
CREATE UNIQUE INDEX resident_id_card ON resident (tenant_id, id_card_index) WHERE id_card_index IS NOT NULL;
CREATE INDEX resident_phone ON resident (tenant_id, phone_index) WHERE phone_index IS NOT NULL;
CREATE INDEX resident_grid ON resident (tenant_id, grid_node_id);
CREATE INDEX resident_tags ON resident USING gin (tags);
ALTER TABLE household ADD FOREIGN KEY (tenant_id, head_id) REFERENCES resident (tenant_id, id);
SELECT gridx_tenant_table('resident', '${app_role}');

--changeset gridx:core-030-place
CREATE TABLE place (
    tenant_id     varchar(63)  NOT NULL REFERENCES tenant (code),
    id            uuid         NOT NULL,
    grid_node_id  uuid         NOT NULL,
    parent_id     uuid,
    kind          varchar(12)  NOT NULL CHECK (kind IN ('compound', 'building', 'unit', 'house')),
    name          varchar(100) NOT NULL CHECK (length(trim(name)) > 0),
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, parent_id, name),
    FOREIGN KEY (tenant_id, grid_node_id) REFERENCES grid_node (tenant_id, id),
    FOREIGN KEY (tenant_id, parent_id) REFERENCES place (tenant_id, id),
    -- only a compound stands on its own; building, unit and house always hang under their parent kind
    CHECK ((kind = 'compound') = (parent_id IS NULL))
);
SELECT gridx_tenant_table('place', '${app_role}');

--changeset gridx:core-030-component
CREATE TABLE component (
    tenant_id        varchar(63)  NOT NULL REFERENCES tenant (code),
    id               uuid         NOT NULL,
    grid_node_id     uuid         NOT NULL,
    -- GB/T 47678.5 catalogue code; the FK to the platform catalogue is added once that table exists
    catalogue_code   char(5)      NOT NULL CHECK (catalogue_code ~ '^[0-9]{5}$'),
    object_code      char(16)     NOT NULL CHECK (object_code ~ '^[0-9]{16}$'),
    lon              numeric(9,6) CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
    lat              numeric(8,6) CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
    status           varchar(8)   NOT NULL DEFAULT 'normal' CHECK (status IN ('normal', 'damaged', 'lost', 'removed')),
    owner_department varchar(32),
    created_at       timestamptz  NOT NULL DEFAULT now(),
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, object_code),
    FOREIGN KEY (tenant_id, grid_node_id) REFERENCES grid_node (tenant_id, id),
    FOREIGN KEY (tenant_id, owner_department) REFERENCES department (tenant_id, code),
    CHECK ((lon IS NULL) = (lat IS NULL))
);
SELECT gridx_tenant_table('component', '${app_role}');

--changeset gridx:core-030-organisation
CREATE TABLE organisation (
    tenant_id     varchar(63)  NOT NULL REFERENCES tenant (code),
    id            uuid         NOT NULL,
    grid_node_id  uuid         NOT NULL,
    name          varchar(200) NOT NULL CHECK (length(trim(name)) > 0),
    kind          varchar(12)  NOT NULL CHECK (kind IN ('enterprise', 'shop', 'social', 'party')),
    credit_code   char(18)     CHECK (credit_code IS NULL OR credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
    address       varchar(200),
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, grid_node_id) REFERENCES grid_node (tenant_id, id)
);
CREATE UNIQUE INDEX organisation_credit_code ON organisation (tenant_id, credit_code) WHERE credit_code IS NOT NULL;
SELECT gridx_tenant_table('organisation', '${app_role}');

--changeset gridx:core-030-reveal-audit
CREATE TABLE element_reveal (
    tenant_id    varchar(63)  NOT NULL REFERENCES tenant (code),
    id           uuid         NOT NULL,
    actor        varchar(64)  NOT NULL,
    actor_roles  text[]       NOT NULL,
    resident_id  uuid,
    field        varchar(16)  NOT NULL CHECK (field IN ('id_card', 'phone', 'export')),
    reason       varchar(200) NOT NULL CHECK (length(trim(reason)) >= 2),
    detail       varchar(200),
    revealed_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, resident_id) REFERENCES resident (tenant_id, id)
);
CREATE INDEX element_reveal_time ON element_reveal (tenant_id, revealed_at DESC);
SELECT gridx_tenant_table('element_reveal', '${app_role}');

--changeset gridx:core-030-import-job
CREATE TABLE element_import_job (
    tenant_id      varchar(63)  NOT NULL REFERENCES tenant (code),
    id             uuid         NOT NULL,
    kind           varchar(16)  NOT NULL CHECK (kind IN ('residents')),
    format         varchar(4)   NOT NULL CHECK (format IN ('csv', 'xlsx')),
    file_name      varchar(200),
    content        bytea        NOT NULL,
    status         varchar(12)  NOT NULL CHECK (status IN ('previewed', 'committing', 'committed', 'rejected', 'failed')),
    mode           varchar(12)  CHECK (mode IS NULL OR mode IN ('all', 'valid-only')),
    total_rows     integer      NOT NULL,
    error_rows     integer      NOT NULL,
    processed_rows integer      NOT NULL DEFAULT 0,
    imported_rows  integer      NOT NULL DEFAULT 0,
    errors         jsonb        NOT NULL DEFAULT '[]',
    failure        varchar(500),
    created_by     varchar(64)  NOT NULL,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    finished_at    timestamptz,
    PRIMARY KEY (tenant_id, id)
);
SELECT gridx_tenant_table('element_import_job', '${app_role}');
