--liquibase formatted sql

--changeset gridx:core-074-case-file-recent-located
-- 重复发生 (recurring problems): the located reports of a window, newest first, without reading the table —
-- an index-only range scan on (tenant, reported_at) carrying what the clustering needs. case_file_nearby
-- serves the same search for one item.
CREATE INDEX case_file_recent_located ON case_file (tenant_id, reported_at)
    INCLUDE (item_code, grid_code, lon, lat, state)
    WHERE lon IS NOT NULL AND item_code IS NOT NULL;

--changeset gridx:core-074-case-file-waiting
-- 部门瓶颈 "stuck now": per department, the cases waiting longest with it, read from the front of this
-- partial index (only cases with a department and not yet handled are in it, so it stays small).
CREATE INDEX case_file_waiting ON case_file (tenant_id, lead_department, step_started_at)
    WHERE state IN ('dispatched', 'accepted');
