--liquibase formatted sql

--changeset self-governance:meetings-001-meeting
-- A meeting of one of the three kinds residents take part in: 民情问需会 (public-needs), 四方共议 (four-party)
-- and 网格党群议事会 (party-masses council). The organiser (an account's username) is the only one who records
-- minutes. capacity NULL means no limit; with waiting_list false a full meeting simply refuses registrations.
CREATE TABLE self_governance_meeting (
    tenant_id     varchar(63)   NOT NULL REFERENCES tenant (code),
    id            uuid          NOT NULL,
    kind          varchar(16)   NOT NULL CHECK (kind IN ('public-needs', 'four-party', 'party-masses')),
    title         varchar(200)  NOT NULL,
    grid_code     varchar(15)   NOT NULL CHECK (grid_code ~ '^[0-9]{9}([0-9]{3}){0,2}$'),
    venue         varchar(200)  NOT NULL,
    starts_at     timestamptz   NOT NULL,
    ends_at       timestamptz   NOT NULL,
    capacity      integer       CHECK (capacity IS NULL OR capacity > 0),
    waiting_list  boolean       NOT NULL,
    organiser     varchar(100)  NOT NULL,
    minutes       varchar(20000),
    minutes_at    timestamptz,
    created_at    timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    CHECK (ends_at > starts_at),
    CHECK ((minutes IS NULL) = (minutes_at IS NULL))
);
CREATE INDEX self_governance_meeting_start ON self_governance_meeting (tenant_id, starts_at);
SELECT gridx_tenant_table('self_governance_meeting', '${app_role}');

--changeset self-governance:meetings-002-agenda
-- What the meeting will discuss, in order; an item may come from a resident proposal (proposals.sql adds
-- that reference once the proposal table exists).
CREATE TABLE self_governance_agenda_item (
    tenant_id     varchar(63)   NOT NULL REFERENCES tenant (code),
    id            uuid          NOT NULL,
    meeting_id    uuid          NOT NULL,
    position      integer       NOT NULL CHECK (position > 0),
    title         varchar(200)  NOT NULL,
    proposal_id   uuid,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, meeting_id, position),
    FOREIGN KEY (tenant_id, meeting_id) REFERENCES self_governance_meeting (tenant_id, id) ON DELETE CASCADE
);
SELECT gridx_tenant_table('self_governance_agenda_item', '${app_role}');

--changeset self-governance:meetings-003-party
-- 四方共议: the representative each party sent (community party branch, residents' committee, owners'
-- committee, property company); one per party and meeting.
CREATE TABLE self_governance_meeting_party (
    tenant_id       varchar(63)   NOT NULL REFERENCES tenant (code),
    id              uuid          NOT NULL,
    meeting_id      uuid          NOT NULL,
    party           varchar(24)   NOT NULL CHECK (party IN ('party-branch', 'residents-committee', 'owners-committee', 'property-company')),
    representative  varchar(100)  NOT NULL,
    username        varchar(100),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, meeting_id, party),
    FOREIGN KEY (tenant_id, meeting_id) REFERENCES self_governance_meeting (tenant_id, id) ON DELETE CASCADE
);
SELECT gridx_tenant_table('self_governance_meeting_party', '${app_role}');

--changeset self-governance:meetings-004-invitation
CREATE TABLE self_governance_invitation (
    tenant_id     varchar(63)   NOT NULL REFERENCES tenant (code),
    id            uuid          NOT NULL,
    meeting_id    uuid          NOT NULL,
    invitee       varchar(100)  NOT NULL,
    invited_at    timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, meeting_id, invitee),
    FOREIGN KEY (tenant_id, meeting_id) REFERENCES self_governance_meeting (tenant_id, id) ON DELETE CASCADE
);
SELECT gridx_tenant_table('self_governance_invitation', '${app_role}');

--changeset self-governance:meetings-005-registration
-- One registration per person and meeting (the unique key settles double clicks); 'waiting' rows move up
-- in registration order when a seat frees. attended is recorded by the organiser at the meeting.
CREATE TABLE self_governance_registration (
    tenant_id      varchar(63)   NOT NULL REFERENCES tenant (code),
    id             uuid          NOT NULL,
    meeting_id     uuid          NOT NULL,
    username       varchar(100)  NOT NULL,
    status         varchar(12)   NOT NULL CHECK (status IN ('registered', 'waiting', 'cancelled')),
    attended       boolean       NOT NULL DEFAULT false,
    registered_at  timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, meeting_id, username),
    FOREIGN KEY (tenant_id, meeting_id) REFERENCES self_governance_meeting (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX self_governance_registration_queue ON self_governance_registration (tenant_id, meeting_id, status, registered_at);
SELECT gridx_tenant_table('self_governance_registration', '${app_role}');

--changeset self-governance:meetings-006-resolution
-- 决议. A resolution can enter the closed loop: case_id/case_number are set once (the idempotency key is
-- the resolution's id), the case_* state columns are the last known state, kept current by CaseChanged.
CREATE TABLE self_governance_resolution (
    tenant_id       varchar(63)   NOT NULL REFERENCES tenant (code),
    id              uuid          NOT NULL,
    meeting_id      uuid          NOT NULL,
    text            varchar(2000) NOT NULL,
    item_code       varchar(16),
    grid_code       varchar(15)   NOT NULL,
    case_id         uuid,
    case_number     varchar(64),
    case_state      varchar(32),
    case_state_zh   varchar(64),
    case_state_en   varchar(64),
    case_closed_at  timestamptz,
    case_seen_at    timestamptz,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, case_id),
    FOREIGN KEY (tenant_id, meeting_id) REFERENCES self_governance_meeting (tenant_id, id) ON DELETE CASCADE
);
SELECT gridx_tenant_table('self_governance_resolution', '${app_role}');
