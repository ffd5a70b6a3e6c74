--liquibase formatted sql

--changeset self-governance:proposals-001-proposal
-- A matter a resident raises for the grid to discuss. 'open' gathers support; at the tenant's threshold it
-- becomes 'ready' (the organisers' "ready for agenda" list); placed on a meeting it is 'on-agenda'.
-- supports is a counter kept in the same transaction as the support rows (the rows are the truth).
CREATE TABLE self_governance_proposal (
    tenant_id     varchar(63)   NOT NULL REFERENCES tenant (code),
    id            uuid          NOT NULL,
    title         varchar(200)  NOT NULL,
    body          varchar(4000) NOT NULL,
    grid_code     varchar(15)   NOT NULL,
    raised_by     varchar(100)  NOT NULL,
    status        varchar(12)   NOT NULL CHECK (status IN ('open', 'ready', 'on-agenda')),
    supports      integer       NOT NULL DEFAULT 0 CHECK (supports >= 0),
    ready_at      timestamptz,
    meeting_id    uuid,
    created_at    timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, meeting_id) REFERENCES self_governance_meeting (tenant_id, id),
    CHECK ((status = 'on-agenda') = (meeting_id IS NOT NULL))
);
CREATE INDEX self_governance_proposal_status ON self_governance_proposal (tenant_id, status, created_at);
SELECT gridx_tenant_table('self_governance_proposal', '${app_role}');

ALTER TABLE self_governance_agenda_item ADD FOREIGN KEY (tenant_id, proposal_id)
    REFERENCES self_governance_proposal (tenant_id, id);
CREATE UNIQUE INDEX self_governance_agenda_proposal_once ON self_governance_agenda_item (tenant_id, proposal_id)
    WHERE proposal_id IS NOT NULL;

--changeset self-governance:proposals-002-support
-- One support per resident and proposal: the unique key, not a check before the insert, is what holds
-- when the same resident clicks twice at once.
CREATE TABLE self_governance_support (
    tenant_id     varchar(63)   NOT NULL REFERENCES tenant (code),
    id            uuid          NOT NULL,
    proposal_id   uuid          NOT NULL,
    username      varchar(100)  NOT NULL,
    created_at    timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, proposal_id, username),
    FOREIGN KEY (tenant_id, proposal_id) REFERENCES self_governance_proposal (tenant_id, id)
);
SELECT gridx_tenant_table('self_governance_support', '${app_role}');
