--liquibase formatted sql

--changeset self-governance:polls-001-poll
-- A poll: single choice (max_choices = 1) or multiple (up to max_choices), open between opens_at and
-- closes_at; results are shown only once closes_at has passed (closing early moves closes_at to now).
CREATE TABLE self_governance_poll (
    tenant_id     varchar(63)   NOT NULL REFERENCES tenant (code),
    id            uuid          NOT NULL,
    question      varchar(500)  NOT NULL,
    max_choices   integer       NOT NULL CHECK (max_choices > 0),
    grid_code     varchar(15)   NOT NULL,
    opens_at      timestamptz   NOT NULL,
    closes_at     timestamptz   NOT NULL,
    created_by    varchar(100)  NOT NULL,
    created_at    timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    CHECK (closes_at > opens_at)
);
SELECT gridx_tenant_table('self_governance_poll', '${app_role}');

--changeset self-governance:polls-002-option
CREATE TABLE self_governance_poll_option (
    tenant_id     varchar(63)   NOT NULL REFERENCES tenant (code),
    id            uuid          NOT NULL,
    poll_id       uuid          NOT NULL,
    position      integer       NOT NULL CHECK (position > 0),
    label         varchar(200)  NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, poll_id, position),
    UNIQUE (tenant_id, poll_id, id),
    FOREIGN KEY (tenant_id, poll_id) REFERENCES self_governance_poll (tenant_id, id)
);
SELECT gridx_tenant_table('self_governance_poll_option', '${app_role}');

--changeset self-governance:polls-003-ballot
-- One ballot per verified resident and poll: the unique key is what makes two concurrent votes count once.
-- Choices are rows of the ballot and must be options of the same poll (the composite key says so).
CREATE TABLE self_governance_poll_ballot (
    tenant_id     varchar(63)   NOT NULL REFERENCES tenant (code),
    id            uuid          NOT NULL,
    poll_id       uuid          NOT NULL,
    voter         varchar(100)  NOT NULL,
    cast_at       timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, poll_id, voter),
    UNIQUE (tenant_id, poll_id, id),
    FOREIGN KEY (tenant_id, poll_id) REFERENCES self_governance_poll (tenant_id, id)
);
SELECT gridx_tenant_table('self_governance_poll_ballot', '${app_role}');

CREATE TABLE self_governance_poll_choice (
    tenant_id     varchar(63)   NOT NULL REFERENCES tenant (code),
    id            uuid          NOT NULL,
    poll_id       uuid          NOT NULL,
    ballot_id     uuid          NOT NULL,
    option_id     uuid          NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, ballot_id, option_id),
    FOREIGN KEY (tenant_id, poll_id, ballot_id) REFERENCES self_governance_poll_ballot (tenant_id, poll_id, id),
    FOREIGN KEY (tenant_id, poll_id, option_id) REFERENCES self_governance_poll_option (tenant_id, poll_id, id)
);
SELECT gridx_tenant_table('self_governance_poll_choice', '${app_role}');
