/**
 * Store damage must neither stop the start nor vanish: unreadable rows, an empty (0-byte) file
 * and a file with damaged pages are set aside, reported in notices, and the store opens.
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decodeStartNotice } from "../../contract/start-notice";
import { openStore } from "../../main/core/store/store";
import { alarmState } from "./fixtures/alarm-state";
import { E, T } from "./fixtures/ids";

let dir: string;
let file: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-store-damage-"));
  file = path.join(dir, "s.sqlite");
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const asideFiles = () => fs.readdirSync(dir).filter((f) => f.startsWith("s.sqlite.corrupt-"));

async function storeWithData() {
  const store = await openStore({ file });
  await store.journal.append([
    { state: alarmState("nis|a1"), eventId: "0a0b" },
    { state: alarmState("nis|a2"), eventId: "0c0d" },
    { state: alarmState("nis|a2", { acked: true }), eventId: "0e0f" },
  ]);
  await store.lastValues.write([
    { id: T("nis|t1"), value: 4.2, quality: "good", sourceTime: 1, stale: false },
    { id: T("nis|t2"), value: "open", quality: "good", sourceTime: 1, stale: false },
    { id: T("nis|t3"), value: null, quality: "bad", sourceTime: 1, stale: false },
  ]);
  await store.outbox.record({
    endpointId: E("nis"),
    kind: "acknowledge",
    target: "nis|a1",
    targetLabel: "a1",
    comment: "",
    payload: {},
    user: { name: "Ana", role: "operator" },
    detail: "Acknowledge a1",
  });
  await store.close();
}

describe("store damage", () => {
  it("sets aside journal and last-value rows whose JSON does not parse, reports them, and starts", async () => {
    await storeWithData();
    const raw = new Database(file);
    // a torn write in the latest row of a2, and a last value that is not JSON
    raw.prepare("UPDATE alarm_journal SET state = ? WHERE seq = 3").run('{"id":"nis|a2","acked":tr');
    raw.prepare("UPDATE tag_last SET value = ? WHERE tag_id = 'nis|t2'").run("open");
    raw.prepare("UPDATE alarm_journal SET state = '42' WHERE seq = 1").run();
    raw.close();
    // What the synchronous store did with such a row on every start:
    expect(() => JSON.parse('{"id":"nis|a2","acked":tr')).toThrow(SyntaxError);

    const store = await openStore({ file });
    const read = store.notices.map(decodeStartNotice);
    expect(read.map((r) => r.notice)).toEqual([
      { code: "rows-set-aside", rows: "alarm-journal", count: 2 },
      { code: "rows-set-aside", rows: "last-value", count: 1 },
    ]);
    expect(read[0]!.text).toMatch(/^2 alarm journal rows .* set_aside/);
    expect(read[1]!.text).toMatch(/^1 last-value row .* set_aside/);
    const latest = await store.journal.latest();
    expect(latest.map((r) => [r.state.id, r.state.acked, r.eventId?.toString("hex")])).toEqual([["nis|a2", false, "0c0d"]]);
    expect((await store.lastValues.loadAll()).map((v) => [v.id, v.value])).toEqual([
      ["nis|t1", 4.2],
      ["nis|t3", null],
    ]);
    expect((await store.outbox.pending(E("nis"))).length).toBe(1);
    await store.close();

    const check = new Database(file, { readonly: true });
    expect(check.prepare("SELECT source_table, source_key, raw FROM set_aside ORDER BY id").all()).toEqual([
      { source_table: "alarm_journal", source_key: "1", raw: "42" },
      { source_table: "alarm_journal", source_key: "3", raw: '{"id":"nis|a2","acked":tr' },
      { source_table: "tag_last", source_key: "nis|t2", raw: "open" },
    ]);
    check.close();

    // Once set aside, the next start is quiet.
    const again = await openStore({ file });
    expect(again.notices).toEqual([]);
    await again.close();
  });

  it("keeps a 0-byte store aside and says so instead of silently starting empty", async () => {
    await storeWithData();
    fs.truncateSync(file, 0);
    const store = await openStore({ file });
    expect(store.notices).toHaveLength(1);
    const { text, notice } = decodeStartNotice(store.notices[0]!);
    expect(text).toMatch(/was empty \(0 bytes/);
    expect(notice).toMatchObject({ code: "store-empty", aside: expect.stringContaining(".corrupt-") });
    expect(asideFiles()).toHaveLength(1);
    expect(fs.statSync(path.join(dir, asideFiles()[0]!)).size).toBe(0);
    expect(await store.outbox.list({ limit: 10 })).toEqual([]);
    await store.close();
  });

  it("moves a store with damaged pages aside with its bytes intact, and opens a fresh one", async () => {
    await storeWithData();
    const bytes = fs.readFileSync(file);
    // Overwrite everything after the header page: the schema and data pages are garbage now.
    const damaged = Buffer.concat([bytes.subarray(0, 100), Buffer.alloc(bytes.length - 100, 0xa5)]);
    fs.writeFileSync(file, damaged);
    const store = await openStore({ file });
    expect(store.notices).toHaveLength(1);
    const { text, notice } = decodeStartNotice(store.notices[0]!);
    expect(text).toMatch(/could not be opened .* moved to .*\.corrupt-/);
    expect(notice).toMatchObject({ code: "store-unreadable", aside: expect.stringContaining(".corrupt-") });
    expect(fs.readFileSync(path.join(dir, asideFiles()[0]!)).equals(damaged)).toBe(true);
    expect(await store.journal.latest()).toEqual([]);
    await store.close();
  });
});
