--liquibase formatted sql

--changeset self-governance:elections-001-election
-- Election of a building head (楼栋长, for one building: place_id) or a resident-group leader (居民小组长)
-- of a grid. ballot_basis is copied from the tenant's setting when the election is created, so changing
-- the setting never changes the rules of an election already under way. electorate is the number of
-- eligible households or residents the organiser declares (turnout = ballots / electorate).
CREATE TABLE self_governance_election (
    tenant_id       varchar(63)   NOT NULL REFERENCES tenant (code),
    id              uuid          NOT NULL,
    post            varchar(24)   NOT NULL CHECK (post IN ('building-head', 'resident-group-leader')),
    title           varchar(200)  NOT NULL,
    grid_code       varchar(15)   NOT NULL,
    place_id        uuid,
    ballot_basis    varchar(12)   NOT NULL CHECK (ballot_basis IN ('household', 'resident')),
    electorate      integer       NOT NULL CHECK (electorate > 0),
    opens_at        timestamptz   NOT NULL,
    closes_at       timestamptz   NOT NULL,
    organiser       varchar(100)  NOT NULL,
    winner          varchar(100),
    ballots         integer,
    decided_at      timestamptz,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    CHECK (closes_at > opens_at),
    CHECK (post <> 'building-head' OR place_id IS NOT NULL)
);
SELECT gridx_tenant_table('self_governance_election', '${app_role}');

--changeset self-governance:elections-002-candidate
-- Nominated by staff or a resident, standing only once the candidate accepted.
CREATE TABLE self_governance_candidate (
    tenant_id     varchar(63)   NOT NULL REFERENCES tenant (code),
    id            uuid          NOT NULL,
    election_id   uuid          NOT NULL,
    username      varchar(100)  NOT NULL,
    display_name  varchar(100)  NOT NULL,
    nominated_by  varchar(100)  NOT NULL,
    status        varchar(12)   NOT NULL CHECK (status IN ('nominated', 'accepted', 'declined')),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, election_id, username),
    UNIQUE (tenant_id, election_id, id),
    FOREIGN KEY (tenant_id, election_id) REFERENCES self_governance_election (tenant_id, id)
);
SELECT gridx_tenant_table('self_governance_candidate', '${app_role}');

--changeset self-governance:elections-003-ballot
-- One ballot per voter_key and election: the household id or the username, by the election's basis.
-- The unique key is what makes two members of one household voting at once count once.
CREATE TABLE self_governance_election_ballot (
    tenant_id     varchar(63)   NOT NULL REFERENCES tenant (code),
    id            uuid          NOT NULL,
    election_id   uuid          NOT NULL,
    voter_key     varchar(100)  NOT NULL,
    voter         varchar(100)  NOT NULL,
    candidate_id  uuid          NOT NULL,
    cast_at       timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, election_id, voter_key),
    FOREIGN KEY (tenant_id, election_id, candidate_id) REFERENCES self_governance_candidate (tenant_id, election_id, id)
);
SELECT gridx_tenant_table('self_governance_election_ballot', '${app_role}');
