--liquibase formatted sql

--changeset gridx:core-010-grid-node-boundary
-- The boundary is a GeoJSON Polygon/MultiPolygon in WGS84 (lon, lat), kept as text: PostGIS is not
-- available on the single-machine run, geometry work happens in the application (JTS). Retired nodes stay
-- (cases and history point at them) but leave the live tree, the coverage check and locate.
ALTER TABLE grid_node ADD COLUMN boundary text CHECK (boundary IS NULL OR length(boundary) <= 2000000);
ALTER TABLE grid_node ADD COLUMN retired_at timestamptz;
CREATE INDEX grid_node_live ON grid_node (tenant_id, code) WHERE retired_at IS NULL;

--changeset gridx:core-010-grid-node-history
-- Append-only: who changed which node, when, how (create, update, move, split, merge, retire, import),
-- and the node before and after as JSON. One operation (a split) writes several rows sharing operation_id.
CREATE TABLE grid_node_history (
    tenant_id     varchar(63)  NOT NULL REFERENCES tenant (code),
    id            uuid         NOT NULL,
    node_id       uuid         NOT NULL,
    operation_id  uuid         NOT NULL,
    action        varchar(16)  NOT NULL CHECK (action IN ('create', 'update', 'move', 'recode', 'split', 'merge', 'retire')),
    actor         varchar(100) NOT NULL,
    at            timestamptz  NOT NULL DEFAULT now(),
    note          varchar(500),
    before        jsonb,
    after         jsonb,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, node_id) REFERENCES grid_node (tenant_id, id)
);
CREATE INDEX grid_node_history_node ON grid_node_history (tenant_id, node_id, at);
SELECT gridx_tenant_table('grid_node_history', '${app_role}');

--changeset gridx:core-010-grid-tree-version splitStatements:false
-- One counter per tenant, bumped by a trigger on every grid_node write (API, onboarding import, SQL), so
-- each replica can cheaply tell whether its in-memory locate index is stale.
CREATE TABLE grid_tree_version (
    tenant_id  varchar(63) NOT NULL REFERENCES tenant (code),
    version    bigint      NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id)
);
SELECT gridx_tenant_table('grid_tree_version', '${app_role}');
CREATE FUNCTION gridx_grid_tree_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO grid_tree_version (tenant_id, version) VALUES (NEW.tenant_id, 1)
    ON CONFLICT (tenant_id) DO UPDATE SET version = grid_tree_version.version + 1;
    RETURN NULL;
END;
$$;
CREATE TRIGGER grid_node_bump AFTER INSERT OR UPDATE ON grid_node
    FOR EACH ROW EXECUTE FUNCTION gridx_grid_tree_bump();
