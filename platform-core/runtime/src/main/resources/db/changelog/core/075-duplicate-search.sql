--liquibase formatted sql

--changeset gridx:core-075-case-file-open-near
-- 重复上报 at intake: an open case of the same item within the radius and window (DuplicateFinder). Its point
-- box is part of the key, so the search reads only the index entries of that item in a strip about 100 m wide,
-- and only open cases are in it (the predicate names the finder's open states; a state the finder names and
-- this does not would make the index unusable); the window is checked inside the index too. Before, the search
-- read every located case of the window from the table (measured: 7,016 rows, 5.8 ms per report after 40 s of load, growing with it;
-- now 2 index pages, 0.08 ms). A case's updates are never HOT anyway (its state is indexed); this index takes
-- an entry per update while the case is open and none once it is closed.
-- It replaces case_file_nearby; the one other search by item (recurring problems) is served by
-- case_file_recent_located, which carries the item.
CREATE INDEX case_file_open_near ON case_file (tenant_id, item_code, lat, lon, reported_at)
    WHERE lon IS NOT NULL AND state IN ('reported', 'registered', 'dispatched', 'accepted', 'handled');
DROP INDEX case_file_nearby;
