--liquibase formatted sql

--changeset self-governance:forums-001-forum
-- One forum per community (12-digit node code) or grid (15-digit node code). The module cannot read the
-- core's grid tree, so the node is named by its GB/T 30428.1 code; the code's first 12 digits are its
-- community, which is all moderation needs.
CREATE TABLE self_governance_forum (
    tenant_id    varchar(63)   NOT NULL REFERENCES tenant (code),
    id           uuid          NOT NULL,
    node_code    varchar(15)   NOT NULL CHECK (node_code ~ '^[0-9]{12}([0-9]{3})?$'),
    title        varchar(80)   NOT NULL,
    description  varchar(500),
    created_at   timestamptz   NOT NULL,
    created_by   varchar(64)   NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, node_code)
);
SELECT gridx_tenant_table('self_governance_forum', '${app_role}');

--changeset self-governance:forums-002-thread-post
-- A thread is its title and pin; its opening text is its first post, so hiding and reporting work the same
-- for every text. Pinned threads are the staff's notices.
CREATE TABLE self_governance_thread (
    tenant_id     varchar(63)   NOT NULL REFERENCES tenant (code),
    id            uuid          NOT NULL,
    forum_id      uuid          NOT NULL,
    title         varchar(200)  NOT NULL,
    author        varchar(64)   NOT NULL,
    author_name   varchar(100)  NOT NULL,
    pinned        boolean       NOT NULL DEFAULT false,
    created_at    timestamptz   NOT NULL,
    last_post_at  timestamptz   NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, forum_id) REFERENCES self_governance_forum (tenant_id, id)
);
CREATE INDEX self_governance_thread_forum ON self_governance_thread (tenant_id, forum_id, pinned DESC, last_post_at DESC);
SELECT gridx_tenant_table('self_governance_thread', '${app_role}');

-- A hidden post keeps its text for moderators; everyone else sees a placeholder. Hiding needs a reason.
CREATE TABLE self_governance_post (
    tenant_id      varchar(63)    NOT NULL REFERENCES tenant (code),
    id             uuid           NOT NULL,
    thread_id      uuid           NOT NULL,
    author         varchar(64)    NOT NULL,
    author_name    varchar(100)   NOT NULL,
    body           varchar(10000) NOT NULL,
    created_at     timestamptz    NOT NULL,
    hidden_at      timestamptz,
    hidden_by      varchar(64),
    hidden_reason  varchar(500),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, thread_id) REFERENCES self_governance_thread (tenant_id, id),
    CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL))
);
CREATE INDEX self_governance_post_thread ON self_governance_post (tenant_id, thread_id, created_at);
SELECT gridx_tenant_table('self_governance_post', '${app_role}');

--changeset self-governance:forums-003-moderation
-- Residents report abuse once per person per post (the unique key is the rule); a moderator resolves
-- the report by hiding the post or dismissing it.
CREATE TABLE self_governance_abuse_report (
    tenant_id    varchar(63)   NOT NULL REFERENCES tenant (code),
    id           uuid          NOT NULL,
    post_id      uuid          NOT NULL,
    reporter     varchar(64)   NOT NULL,
    reason       varchar(500)  NOT NULL,
    created_at   timestamptz   NOT NULL,
    resolved_at  timestamptz,
    resolved_by  varchar(64),
    outcome      varchar(16)   CHECK (outcome IN ('hidden', 'dismissed')),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, post_id, reporter),
    FOREIGN KEY (tenant_id, post_id) REFERENCES self_governance_post (tenant_id, id),
    CHECK ((resolved_at IS NULL) = (outcome IS NULL))
);
SELECT gridx_tenant_table('self_governance_abuse_report', '${app_role}');

-- A ban from one forum until a date, with its reason; the banned person may appeal once (the appeal
-- columns are set once) and a moderator decides once: lift it or uphold it.
CREATE TABLE self_governance_forum_ban (
    tenant_id      varchar(63)    NOT NULL REFERENCES tenant (code),
    id             uuid           NOT NULL,
    forum_id       uuid           NOT NULL,
    username       varchar(64)    NOT NULL,
    reason         varchar(500)   NOT NULL,
    ends_at        timestamptz    NOT NULL,
    created_at     timestamptz    NOT NULL,
    created_by     varchar(64)    NOT NULL,
    appeal_text    varchar(1000),
    appealed_at    timestamptz,
    decision       varchar(8)     CHECK (decision IN ('lifted', 'upheld')),
    decision_note  varchar(500),
    decided_by     varchar(64),
    decided_at     timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, forum_id) REFERENCES self_governance_forum (tenant_id, id),
    CHECK ((appeal_text IS NULL) = (appealed_at IS NULL)),
    CHECK (decision IS NULL OR appealed_at IS NOT NULL)
);
CREATE INDEX self_governance_forum_ban_user ON self_governance_forum_ban (tenant_id, forum_id, username);
SELECT gridx_tenant_table('self_governance_forum_ban', '${app_role}');
