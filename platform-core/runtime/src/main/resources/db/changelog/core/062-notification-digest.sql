--liquibase formatted sql

--changeset gridx:core-062-notification-preference
-- How an account wants its in-app notifications: each one at once (the default, also when no row exists),
-- or one summary a day (每日摘要).
CREATE TABLE notification_preference (
    tenant_id   varchar(63)  NOT NULL REFERENCES tenant (code),
    id          uuid         NOT NULL,
    account_id  uuid         NOT NULL,
    delivery    varchar(12)  NOT NULL CHECK (delivery IN ('immediate', 'daily')),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, account_id),
    FOREIGN KEY (tenant_id, account_id) REFERENCES account (tenant_id, id)
);
SELECT gridx_tenant_table('notification_preference', '${app_role}');

--changeset gridx:core-062-notification-held
-- Events for a daily-digest account wait here, by the tenant-local day they happened, until the day's
-- digest sums them up; event_seq keeps a redelivered event from being held twice.
CREATE TABLE notification_held (
    tenant_id   varchar(63)   NOT NULL REFERENCES tenant (code),
    id          uuid          NOT NULL,
    recipient   varchar(64)   NOT NULL,
    day         date          NOT NULL,
    message_zh  varchar(500)  NOT NULL,
    message_en  varchar(500)  NOT NULL,
    event_type  varchar(100)  NOT NULL,
    event_seq   bigint,
    created_at  timestamptz   NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, event_seq, recipient),
    FOREIGN KEY (tenant_id, recipient) REFERENCES account (tenant_id, username)
);
CREATE INDEX notification_held_day ON notification_held (tenant_id, day, recipient);
SELECT gridx_tenant_table('notification_held', '${app_role}');

-- One digest per account and day: the daily job inserts this row in the same transaction as the digest's
-- notification, so a retried or concurrent run never sends a day's digest twice.
CREATE TABLE notification_digest (
    tenant_id        varchar(63)  NOT NULL REFERENCES tenant (code),
    id               uuid         NOT NULL,
    recipient        varchar(64)  NOT NULL,
    day              date         NOT NULL,
    events           integer      NOT NULL CHECK (events > 0),
    notification_id  uuid         NOT NULL,
    created_at       timestamptz  NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, recipient, day),
    FOREIGN KEY (tenant_id, recipient) REFERENCES account (tenant_id, username),
    FOREIGN KEY (tenant_id, notification_id) REFERENCES notification (tenant_id, id)
);
SELECT gridx_tenant_table('notification_digest', '${app_role}');
