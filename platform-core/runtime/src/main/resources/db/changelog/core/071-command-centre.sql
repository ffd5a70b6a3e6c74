--liquibase formatted sql

--changeset gridx:core-071-command-camera
-- 视频监控: the street's camera feeds in the command centre's registry, each placed on a grid node and on
-- the map. The stream itself stays on the video platform; the board only links out to its URL, so the
-- scheme is limited to what a browser or a player opens (http, https, rtsp) — never javascript: or data:.
CREATE TABLE command_camera (
    tenant_id   varchar(63)  NOT NULL REFERENCES tenant (code),
    id          uuid         NOT NULL,
    name        varchar(100) NOT NULL,
    node_id     uuid         NOT NULL,
    lon         double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
    lat         double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
    stream_url  varchar(500) NOT NULL CHECK (stream_url ~* '^(https?|rtsp)://'),
    status      varchar(12)  NOT NULL CHECK (status IN ('online', 'offline', 'maintenance')),
    note        varchar(500),
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, node_id) REFERENCES grid_node (tenant_id, id)
);
CREATE INDEX command_camera_node ON command_camera (tenant_id, node_id);
SELECT gridx_tenant_table('command_camera', '${app_role}');

--changeset gridx:core-071-command-duty
-- 值班表: who is on duty in the command centre on a day and shift, in which role (带班领导 leader,
-- 值班员 officer, 调度员 dispatcher). One entry per person, day and shift.
CREATE TABLE command_duty (
    tenant_id   varchar(63)  NOT NULL REFERENCES tenant (code),
    id          uuid         NOT NULL,
    day         date         NOT NULL,
    shift       varchar(8)   NOT NULL CHECK (shift IN ('day', 'night', 'all-day')),
    starts_at   time         NOT NULL,
    ends_at     time         NOT NULL,
    account_id  uuid         NOT NULL,
    duty_role   varchar(12)  NOT NULL CHECK (duty_role IN ('leader', 'officer', 'dispatcher')),
    phone       varchar(32),
    created_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, day, shift, account_id),
    FOREIGN KEY (tenant_id, account_id) REFERENCES account (tenant_id, id)
);
CREATE INDEX command_duty_day ON command_duty (tenant_id, day);
SELECT gridx_tenant_table('command_duty', '${app_role}');

--changeset gridx:core-071-case-file-open-map
-- The board's map reads the OPEN cases of the nodes in view (at most 2,000): a partial index keeps that
-- read proportional to the open cases there, however many closed cases the years pile up.
CREATE INDEX case_file_open_node ON case_file (tenant_id, grid_node_id)
    WHERE state IN ('reported', 'registered', 'dispatched', 'accepted', 'handled');
