--liquibase formatted sql

--changeset gridx:core-060-resident-registration
-- A resident who registered through the portal (居民注册): one row per resident account, naming the household
-- place (a unit or house) they live at. The grid is the place's grid, kept here so the grid's informant or
-- specialist finds "their" pending residents without walking the place tree. The grid's people verify
-- (or reject, with a reason); moving house sends the resident back to pending.
CREATE TABLE resident_registration (
    tenant_id     varchar(63)  NOT NULL REFERENCES tenant (code),
    id            uuid         NOT NULL,
    account_id    uuid         NOT NULL,
    username      varchar(64)  NOT NULL,
    display_name  varchar(100) NOT NULL CHECK (length(trim(display_name)) > 0),
    phone         varchar(20),
    email         varchar(254),
    place_id      uuid         NOT NULL,
    grid_node_id  uuid         NOT NULL,
    state         varchar(12)  NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'verified', 'rejected')),
    decided_by    varchar(64),
    decided_at    timestamptz,
    reason        varchar(500),
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, account_id),
    UNIQUE (tenant_id, username),
    FOREIGN KEY (tenant_id, account_id) REFERENCES account (tenant_id, id),
    FOREIGN KEY (tenant_id, username) REFERENCES account (tenant_id, username),
    FOREIGN KEY (tenant_id, place_id) REFERENCES place (tenant_id, id),
    FOREIGN KEY (tenant_id, grid_node_id) REFERENCES grid_node (tenant_id, id),
    -- a resident is reachable: a phone number or an e-mail address at least
    CHECK (phone IS NOT NULL OR email IS NOT NULL),
    -- a decision names who took it and when; a rejection says why
    CHECK ((state = 'pending') = (decided_at IS NULL)),
    CHECK (state <> 'rejected' OR reason IS NOT NULL)
);
CREATE INDEX resident_registration_queue ON resident_registration (tenant_id, grid_node_id, state);
SELECT gridx_tenant_table('resident_registration', '${app_role}');

--changeset gridx:core-060-case-source-self-governance
-- A "+X" module opens cases through the CaseOpening port (a meeting's resolution enters the loop).
ALTER TABLE case_file DROP CONSTRAINT case_file_source_check;
ALTER TABLE case_file ADD CONSTRAINT case_file_source_check CHECK (source IN ('grid-worker', 'resident', 'video',
    'hotline', 'patrol', 'appeal', 'open311', 'self-governance'));

--changeset gridx:core-060-resident-post
-- Resident posts of a grid (居民岗位), filled by election rather than appointment: 楼栋长 building head (one
-- per building place) and 居民小组长 resident-group leader (one per grid). Kept apart from staff_post because
-- their holders are residents, not staff, and they have no AB backup. Every change of holder is a row of
-- resident_post_change with its basis (the election that decided it).
CREATE TABLE resident_post (
    tenant_id     varchar(63)  NOT NULL REFERENCES tenant (code),
    id            uuid         NOT NULL,
    post          varchar(32)  NOT NULL CHECK (post IN ('building-head', 'resident-group-leader')),
    grid_node_id  uuid         NOT NULL,
    place_id      uuid,
    holder_id     uuid         NOT NULL,
    basis         varchar(200) NOT NULL CHECK (length(trim(basis)) > 0),
    since         timestamptz  NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, grid_node_id) REFERENCES grid_node (tenant_id, id),
    FOREIGN KEY (tenant_id, place_id) REFERENCES place (tenant_id, id),
    FOREIGN KEY (tenant_id, holder_id) REFERENCES account (tenant_id, id),
    CHECK ((post = 'building-head') = (place_id IS NOT NULL))
);
CREATE UNIQUE INDEX resident_post_building ON resident_post (tenant_id, place_id) WHERE post = 'building-head';
CREATE UNIQUE INDEX resident_post_group ON resident_post (tenant_id, grid_node_id) WHERE post = 'resident-group-leader';
SELECT gridx_tenant_table('resident_post', '${app_role}');

CREATE TABLE resident_post_change (
    tenant_id           varchar(63)  NOT NULL REFERENCES tenant (code),
    id                  uuid         NOT NULL,
    post_id             uuid         NOT NULL,
    previous_holder_id  uuid,
    holder_id           uuid         NOT NULL,
    basis               varchar(200) NOT NULL,
    changed_at          timestamptz  NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, post_id) REFERENCES resident_post (tenant_id, id),
    FOREIGN KEY (tenant_id, previous_holder_id) REFERENCES account (tenant_id, id),
    FOREIGN KEY (tenant_id, holder_id) REFERENCES account (tenant_id, id)
);
CREATE INDEX resident_post_change_post ON resident_post_change (tenant_id, post_id, changed_at);
SELECT gridx_tenant_table('resident_post_change', '${app_role}');

--changeset gridx:core-060-resident-contact-sealed
-- A resident's phone and e-mail are personal data: sealed at rest like the census' phone numbers (AES-GCM
-- bound to tenant and field, key GRIDX_DATA_KEY); only the resident and the verifiers of their grid read them.
ALTER TABLE resident_registration DROP COLUMN phone, DROP COLUMN email,
    ADD COLUMN phone_enc bytea, ADD COLUMN email_enc bytea;
ALTER TABLE resident_registration ADD CONSTRAINT resident_registration_reachable
    CHECK (phone_enc IS NOT NULL OR email_enc IS NOT NULL) NOT VALID;
