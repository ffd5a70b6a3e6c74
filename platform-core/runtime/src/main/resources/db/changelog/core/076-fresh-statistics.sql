--liquibase formatted sql

--changeset gridx:core-076-hot-tables-analyzed-often
-- case_file is re-analyzed after 2 % growth instead of PostgreSQL's 10 %. Between two ANALYZEs the planner
-- does not know the newest rows, and on this table, with a dozen indexes, that flips plans to an index that
-- merely ties on its estimate: the idempotency check walked every case of its reporter through
-- (tenant, reporter, reported_at) — 6,333 rows, 4.4 ms — instead of the unique key (0.05 ms), and the
-- duplicate search walked the street's window through (tenant, reported_at) instead of case_file_open_near
-- (1.2 ms against 0.08 ms), both measured on a case_file never analyzed after 6,300 reports. ANALYZE reads a
-- fixed sample (30,000 rows), so doing it more often costs little on a large table. Set also on the timeline,
-- timer and outbox tables it fixed no plan there and two runs were slower at 32 clients (298 and 335 against
-- 375 cases/s), so it is not.
ALTER TABLE case_file SET (autovacuum_analyze_scale_factor = 0.02, autovacuum_analyze_threshold = 200);
