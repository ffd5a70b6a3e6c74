--liquibase formatted sql

--changeset gridx:core-063-timer-fired-index
-- Fired timers are deleted after gridx.timers.keep-fired (FiredTimerRetention); this finds them without
-- scanning the tenant's whole history. Pending timers have their own partial indexes (051).
CREATE INDEX timer_fired ON timer (tenant_id, fired_at) WHERE fired_at IS NOT NULL;
