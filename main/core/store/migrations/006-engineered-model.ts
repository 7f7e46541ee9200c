/**
 * 6: the engineered asset model: assets an engineer made from a server's address space (not
 * found by our browsing convention, so discovery never replaces them), their tags, and one
 * model version per change (who, when, what, and the asset before and after, as JSON), so a
 * person can see how the model came to be and what it was.
 */
import type { Migration } from "./types";

export const migration006: Migration = {
  version: 6,
  name: "engineered-model",
  up(db) {
    db.exec(`
  CREATE TABLE engineered_asset (
    id TEXT PRIMARY KEY,
    endpoint_id TEXT NOT NULL,
    node_id TEXT NOT NULL,
    external_id TEXT,
    name TEXT NOT NULL,
    service TEXT NOT NULL,
    type TEXT NOT NULL,
    district TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    version INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL
  );
  CREATE INDEX engineered_asset_endpoint ON engineered_asset(endpoint_id);
  CREATE TABLE engineered_tag (
    asset_id TEXT NOT NULL REFERENCES engineered_asset(id) ON DELETE CASCADE,
    endpoint_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    node_id TEXT NOT NULL,
    name TEXT NOT NULL,
    unit TEXT,
    range_low REAL,
    range_high REAL,
    metadata_from TEXT NOT NULL CHECK (metadata_from IN ('server','engineer')),
    PRIMARY KEY (asset_id, position),
    -- a node is a tag of one asset only: its values and alarms must not belong to two
    UNIQUE (endpoint_id, node_id)
  );
  CREATE TABLE model_version (
    version INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    user_name TEXT NOT NULL,
    role TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('save','delete')),
    asset_id TEXT NOT NULL,
    asset_name TEXT NOT NULL,
    summary TEXT NOT NULL,
    before TEXT,
    after TEXT
  );
  CREATE INDEX model_version_asset ON model_version(asset_id, version);
  `);
  },
};
