/**
 * The historian's retention on hand-made rows in a real SQLite file: raw samples by their tag's
 * class, aggregates kept longer, and the size bound taking the oldest raw samples first, then
 * the oldest minute aggregates, hours last. Also the site config's `history` section.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tagId } from "../../contract/ids";
import { HistorianSql } from "../../main/core/store/historian-repository";
import { enforceSize, pruneHistory, usedBytes } from "../../main/core/store/historian-retention";
import { openDatabase, type Db } from "../../main/core/store/open-database";
import { DEFAULT_SITE_FILE } from "../../main/core/sites/default-site";
import { loadSiteConfig, parseSiteConfig } from "../../main/core/sites/site-config";

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 1);
const water = tagId("nis-water", "ns=1;s=W.Pressure");
const air = tagId("nis-air", "ns=1;s=A.PM10");
const unknown = tagId("nis-x", "ns=1;s=X");

let dir: string;
let db: Db;
let sql: HistorianSql;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-hist-ret-"));
  db = openDatabase({ file: path.join(dir, "s.sqlite") }).db;
  sql = new HistorianSql(db);
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const count = (table: string, where = "1") => db.prepare(`SELECT COUNT(*) FROM ${table} WHERE ${where}`).pluck().get() as number;

describe("retention by age", () => {
  it("keeps raw samples per tag class and aggregates longer", () => {
    const ages = [5, 20, 100, 800];
    for (const id of [water, air, unknown]) {
      sql.write(null, { rows: ages.map((d) => [id, NOW - d * DAY, d, 0]), origin: 0, classes: [[id, id === water ? "water" : id === air ? "air" : null]] });
    }
    sql.write(null, { rows: [], origin: 0, cover: [{ endpointId: "nis-water" as never, start: NOW - 900 * DAY, end: NOW }] });
    const pruned = pruneHistory(db, { rawDays: { default: 14, air: 30 }, minuteDays: 90, hourDays: 730, maxSizeMB: 2048 }, NOW);

    const rawAges = (id: string) => sql.raw({ tagId: id as never, from: 0, to: NOW, limit: 10 }).map((r) => r.v);
    expect(rawAges(water)).toEqual([5]);
    expect(rawAges(unknown)).toEqual([5]);
    // Air quality keeps 30 days of raw samples.
    expect(rawAges(air)).toEqual([20, 5]);
    expect(pruned).toMatchObject({ raw: 3 + 3 + 2, minute: 6, hour: 3, bySize: 0 });
    // Minutes of 5 and 20 days ago for every tag; hours of up to 100 days ago.
    expect(count("hist_minute")).toBe(6);
    expect(count("hist_hour")).toBe(9);
    // The recording cover lives as long as the hours do.
    expect(db.prepare("SELECT start FROM hist_cover").pluck().all()).toEqual([NOW - 730 * DAY]);
  });
});

describe("the size bound", () => {
  it("deletes the oldest raw samples first, then the oldest minutes, hours last", () => {
    const tags = Array.from({ length: 20 }, (_, i) => tagId("nis-field", `ns=1;s=T${i}`));
    const pad = "x".repeat(200);
    // Aggregates as they would be after weeks of recording, raw samples for the last 10 days.
    const addBuckets = db.transaction((table: string, size: number, n: number) => {
      const stmt = db.prepare(`INSERT INTO ${table} VALUES (?,?,1,1,1,1,1,?,?)`);
      for (const id of tags) {
        const tag = sql.lookup(id) ?? Number(db.prepare("INSERT INTO hist_tag (tag_id) VALUES (?)").run(id).lastInsertRowid);
        for (let i = 1; i <= n; i++) stmt.run(tag, NOW - i * size, NOW - i * size, NOW - i * size);
      }
    });
    addBuckets("hist_minute", 60_000, 20_000);
    addBuckets("hist_hour", 3_600_000, 500);
    const aggregatesOnly = usedBytes(db);
    const addRaw = db.transaction(() => {
      const stmt = db.prepare("INSERT INTO hist_raw VALUES (?,?,?,0,0)");
      for (const id of tags) for (let i = 1; i <= 2_000; i++) stmt.run(sql.lookup(id)!, NOW - i * 432_000, pad);
    });
    addRaw();
    const full = usedBytes(db);
    expect(full - aggregatesOnly).toBeGreaterThan(8_000_000);
    const hours = count("hist_hour");

    // Half the raw samples' room: the oldest go, the newest stay, aggregates untouched.
    const bound = aggregatesOnly + (full - aggregatesOnly) / 2;
    expect(enforceSize(db, bound, NOW)).toBeGreaterThan(0);
    expect(usedBytes(db)).toBeLessThanOrEqual(bound);
    const newest = db.prepare("SELECT MAX(t) FROM hist_raw").pluck().get();
    expect(newest).toBe(NOW - 432_000);
    expect(count("hist_raw")).toBeGreaterThan(0);
    expect(count("hist_minute")).toBe(20 * 20_000);

    // Below what the aggregates need: every raw sample, then the oldest minutes go; hours stay.
    const tight = aggregatesOnly * 0.7;
    enforceSize(db, tight, NOW);
    expect(usedBytes(db)).toBeLessThanOrEqual(tight);
    expect(count("hist_raw")).toBe(0);
    expect(count("hist_minute")).toBeGreaterThan(0);
    expect(db.prepare("SELECT MAX(bucket) FROM hist_minute").pluck().get()).toBe(NOW - 60_000);
    expect(count("hist_hour")).toBe(hours);
  });
});

describe("the site config's history section", () => {
  const site = () => JSON.parse(fs.readFileSync(DEFAULT_SITE_FILE, "utf8")) as Record<string, unknown>;

  it("defaults to 14 days raw, 90 days of minutes, two years of hours and 2 GB", () => {
    expect(loadSiteConfig(DEFAULT_SITE_FILE).history).toEqual({ rawDays: { default: 14 }, minuteDays: 90, hourDays: 730, maxSizeMB: 2048 });
  });

  it("takes raw days per service and names wrong fields", () => {
    const parsed = parseSiteConfig({ ...site(), history: { rawDays: { default: 7, air: 60 }, minuteDays: 120 } }, "nis.json");
    expect(parsed.history).toEqual({ rawDays: { default: 7, air: 60 }, minuteDays: 120, hourDays: 730, maxSizeMB: 2048 });
    expect(parseSiteConfig({ ...site(), history: { rawDays: 30 } }, "nis.json").history.rawDays).toEqual({ default: 30 });
    expect(() => parseSiteConfig({ ...site(), history: { rawDays: { default: 7, trams: 3 }, maxSizeMB: 1 } }, "nis.json")).toThrow(
      /field "history.rawDays"[\s\S]*field "history.maxSizeMB": at least 16 MB/,
    );
    expect(() => parseSiteConfig({ ...site(), history: { rawDays: 100, minuteDays: 90 } }, "nis.json")).toThrow(
      /field "history.minuteDays": keep minute aggregates at least as long as raw samples \(100 days\)/,
    );
  });
});
