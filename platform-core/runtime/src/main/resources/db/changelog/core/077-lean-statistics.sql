--liquibase formatted sql

--changeset gridx:core-077-no-statistics-for-free-text
-- ANALYZE of the intake's tables computed statistics for texts and JSON no query filters on (descriptions,
-- notes, hashes, event and timer payloads): sorting 30,000 sampled values of each with the database's
-- collation, or comparing jsonb. After 40 s of reporting, ANALYZE took 154 ms on case_file, 112 ms on timer,
-- 95 ms on outbox_event and 75 ms on case_timeline. Autovacuum re-analyzes each of them every few seconds
-- under steady reporting (core/076), and on a small server those bursts were the latency tail: p99 at
-- 70 % of peak 167–263 ms with autovacuum on, 30 ms with it off (bench/case-intake.sh's open loop). The
-- planner's estimates for these columns were never used: they are written, read back with their row, or
-- matched through a unique index.
ALTER TABLE case_file ALTER COLUMN description SET STATISTICS 0, ALTER COLUMN title SET STATISTICS 0,
    ALTER COLUMN address SET STATISTICS 0, ALTER COLUMN reporter_name SET STATISTICS 0,
    ALTER COLUMN reporter_contact SET STATISTICS 0, ALTER COLUMN request_hash SET STATISTICS 0,
    ALTER COLUMN timeline_head SET STATISTICS 0, ALTER COLUMN idempotency_key SET STATISTICS 0;
ALTER TABLE case_timeline ALTER COLUMN note SET STATISTICS 0, ALTER COLUMN data SET STATISTICS 0,
    ALTER COLUMN prev_hash SET STATISTICS 0, ALTER COLUMN hash SET STATISTICS 0;
ALTER TABLE timer ALTER COLUMN payload SET STATISTICS 0, ALTER COLUMN last_error SET STATISTICS 0;
ALTER TABLE outbox_event ALTER COLUMN payload SET STATISTICS 0, ALTER COLUMN last_error SET STATISTICS 0,
    ALTER COLUMN failed_observers SET STATISTICS 0;
