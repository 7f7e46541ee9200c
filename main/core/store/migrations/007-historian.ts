/**
 * 7: the historian. Raw samples keyed by (tag, time) in a WITHOUT ROWID table, so a range scan
 * for one tag reads consecutive pages of the primary key and no second index is kept up to date
 * per row. Tag ids are long strings (endpoint|NodeId): interned once in hist_tag as a small
 * integer, which is also where a tag's class (its service) lives for retention. STRICT with an
 * ANY value column keeps each value's own type: REAL for numbers, INTEGER 0/1 for booleans, TEXT
 * for the rest. Minute and hour aggregates are kept per tag and bucket start. hist_cover says
 * when this workstation was recording an endpoint and hist_fetched which ranges were already
 * asked of a server's history, so a gap is told from a tag that did not change.
 */
import type { Migration } from "./types";

export const migration007: Migration = {
  version: 7,
  name: "historian",
  up(db) {
    db.exec(`
  CREATE TABLE hist_tag (
    id INTEGER PRIMARY KEY,
    tag_id TEXT NOT NULL UNIQUE,
    service TEXT
  ) STRICT;
  CREATE TABLE hist_raw (
    tag INTEGER NOT NULL,
    t INTEGER NOT NULL,
    v ANY,
    -- 0 good, 1 uncertain, 2 bad
    q INTEGER NOT NULL,
    -- 0 recorded live here, 1 read from the server's history to fill a gap
    origin INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (tag, t)
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE hist_minute (
    tag INTEGER NOT NULL,
    bucket INTEGER NOT NULL,
    count INTEGER NOT NULL,
    num INTEGER NOT NULL,
    min REAL,
    max REAL,
    sum REAL NOT NULL,
    first_t INTEGER NOT NULL,
    last_t INTEGER NOT NULL,
    PRIMARY KEY (tag, bucket)
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE hist_hour (
    tag INTEGER NOT NULL,
    bucket INTEGER NOT NULL,
    count INTEGER NOT NULL,
    num INTEGER NOT NULL,
    min REAL,
    max REAL,
    sum REAL NOT NULL,
    first_t INTEGER NOT NULL,
    last_t INTEGER NOT NULL,
    PRIMARY KEY (tag, bucket)
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE hist_cover (
    endpoint_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    PRIMARY KEY (endpoint_id, start)
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE hist_fetched (
    tag INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    PRIMARY KEY (tag, start)
  ) STRICT, WITHOUT ROWID;
  `);
  },
};
