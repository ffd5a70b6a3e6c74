--liquibase formatted sql

--changeset gridx:core-053-outbox-event
-- The transactional outbox: a domain event is a row written in the same transaction as the change that
-- raised it, so a rolled-back change leaves none and a committed one survives a crash before delivery.
-- The relay claims undelivered rows per tenant (FOR UPDATE SKIP LOCKED, so replicas never deliver one
-- twice), hands them to the observers and stamps delivered_at. seq orders delivery and is the SSE event
-- id a reconnecting browser sends back (Last-Event-ID). A failing observer leaves the row undelivered with
-- attempts, last_error and the observers still to retry; after the last attempt it stays for inspection.
CREATE TABLE outbox_event (
    tenant_id        varchar(63)   NOT NULL REFERENCES tenant (code),
    id               uuid          NOT NULL,
    seq              bigint        GENERATED ALWAYS AS IDENTITY,
    type             varchar(200)  NOT NULL,
    live_type        varchar(100),
    payload          jsonb         NOT NULL,
    created_at       timestamptz   NOT NULL,
    delivered_at     timestamptz,
    attempts         integer       NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at  timestamptz,
    last_error       varchar(2000),
    failed_observers text[],
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, seq)
);
-- What the relay claims: undelivered rows in order.
CREATE INDEX outbox_event_pending ON outbox_event (tenant_id, seq) WHERE delivered_at IS NULL;
-- What a reconnecting live stream replays: live events after a seq.
CREATE INDEX outbox_event_live ON outbox_event (tenant_id, seq) WHERE live_type IS NOT NULL;
-- What pruning deletes: rows delivered long ago.
CREATE INDEX outbox_event_delivered ON outbox_event (tenant_id, delivered_at) WHERE delivered_at IS NOT NULL;
SELECT gridx_tenant_table('outbox_event', '${app_role}');

--changeset gridx:core-053-notification
-- In-app notifications (站内通知): one row per recipient of a Notifying event, written by a core observer
-- of the outbox; event_seq makes a redelivered event notify nobody twice. Only the recipient reads them.
CREATE TABLE notification (
    tenant_id   varchar(63)   NOT NULL REFERENCES tenant (code),
    id          uuid          NOT NULL,
    recipient   varchar(64)   NOT NULL,
    message_zh  varchar(500)  NOT NULL,
    message_en  varchar(500)  NOT NULL,
    link        varchar(300),
    event_type  varchar(100)  NOT NULL,
    event_seq   bigint,
    created_at  timestamptz   NOT NULL,
    read_at     timestamptz,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, event_seq, recipient),
    FOREIGN KEY (tenant_id, recipient) REFERENCES account (tenant_id, username)
);
CREATE INDEX notification_inbox ON notification (tenant_id, recipient, created_at DESC);
CREATE INDEX notification_unread ON notification (tenant_id, recipient) WHERE read_at IS NULL;
SELECT gridx_tenant_table('notification', '${app_role}');
