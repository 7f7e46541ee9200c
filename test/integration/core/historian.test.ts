/**
 * The historian against the real simulator (one server with every service): what a window saw
 * is what the history holds, recorded every second; minute aggregates agree with the raw
 * samples; the seconds before the core started (and while it was stopped) come from the server's
 * own history (HistoryRead) and are kept; a restart of the core keeps it all.
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { TagValue } from "../../../contract/api";
import type { AggregateHistoryPoint, HistoryValues, RawHistoryPoint } from "../../../contract/history-values";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import { waitFor } from "../wait-for";
import { openWindow } from "./contract-window";
import { restartableServer } from "./restartable-server";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-historian-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Raw = HistoryValues & { resolution: "raw"; points: RawHistoryPoint[] };
type Agg = HistoryValues & { resolution: "minute" | "hour"; points: AggregateHistoryPoint[] };

describe("historian", () => {
  it("records what the window saw, aggregates it, fills what it missed from the server and keeps it over a restart", async () => {
    const simStarted = Date.now();
    const server = await restartableServer(dir, 11);
    const { pki, site } = server;
    const dataDir = path.join(dir, "data");
    // The server's history runs ahead of the workstation by a few seconds.
    await server.sim.ready();
    await sleep(6_000);
    const coreStarted = Date.now();
    let service = await ControlRoomService.start({ site, dataDir, pki });
    try {
      expect(await service.whenConnected(60_000)).toBe(true);
      const water = service.listAssets().find((a) => a.service === "water" && a.tags.some((t) => t.name === "Pressure"))!;
      const tag = water.tags.find((t) => t.name === "Pressure")!;
      let window = openWindow(service);
      const seen = (): TagValue[] => window.events.values.flat().filter((v) => v.id === tag.id && !v.stale && v.quality === "good");
      await window.call("subscribeTags", { tagIds: [tag.id] });
      await waitFor("eight seconds of live values", () => seen().filter((v) => v.sourceTime > coreStarted).length >= 8, 60_000);
      // The last value seen has been written by the next flush.
      await sleep(1_500);

      // The seconds before the core started: the server's history fills them, once (asked first,
      // as any range that reaches back before the start would fill them).
      const before = { tagId: tag.id, from: simStarted, to: coreStarted - 1_000, resolution: "raw" as const };
      const filled = await window.call<Raw>("readHistory", before);
      expect(filled.serverFill.problem).toBeNull();
      expect(filled.serverFill.asked.length).toBeGreaterThan(0);
      expect(filled.serverFill.points).toBeGreaterThan(2);
      const fromServer = filled.points.filter((p) => p.fromServer);
      expect(fromServer.length).toBe(filled.serverFill.points);
      expect(fromServer.every((p) => p.time >= simStarted && p.time < coreStarted)).toBe(true);
      // Besides them, at most the subscription's first value: its source time is the value's last
      // change, which may lie before the core started (then the server's copy of it is not new).
      expect(filled.points.length - fromServer.length).toBeLessThanOrEqual(1);
      expect(filled.gaps).toEqual([]);
      const again = await window.call<Raw>("readHistory", before);
      expect(again.serverFill).toEqual({ asked: [], points: 0, problem: null });
      expect(again.points).toEqual(filled.points);
      // A variable the server keeps no history of: said in words, and the gap stays a gap.
      const plain = water.tags.find((t) => !["Pressure", "Flow", "Level"].includes(t.name))!;
      const none = await window.call<Raw>("readHistory", { ...before, tagId: plain.id });
      expect(none.serverFill.problem).toMatch(/keeps no history of this tag \(BadHistoryOperationUnsupported/);
      expect(none.gaps.length).toBeGreaterThan(0);
      // (The first value the subscription gave may carry a source time from before the start.)
      expect(none.points.every((p) => !p.fromServer)).toBe(true);

      // Raw, the last minute: every value the window saw is in the history, at its source time.
      const now = Date.now();
      const raw = await window.call<Raw>("readHistory", { tagId: tag.id, from: now - 60_000, to: now, resolution: "raw" });
      expect(raw.resolution).toBe("raw");
      const byTime = new Map(raw.points.map((p) => [p.time, p]));
      for (const v of seen()) expect(byTime.get(v.sourceTime), `value at ${v.sourceTime}`).toMatchObject({ value: v.value, quality: "good" });
      expect(raw.points.filter((p) => !p.fromServer && p.time > coreStarted).length).toBeGreaterThanOrEqual(8);

      // Written every second by the core itself: a value the window sees next is in the file (read
      // beside the core, not through readHistory, which flushes first) within the next flush.
      const file = new Database(path.join(dataDir, "control-room.sqlite"), { readonly: true, fileMustExist: true });
      try {
        const inFile = file.prepare("SELECT COUNT(*) FROM hist_raw r JOIN hist_tag t ON t.id = r.tag WHERE t.tag_id = ? AND r.t = ?").pluck();
        for (let i = 0; i < 3; i++) {
          const last = seen().at(-1)!.sourceTime;
          const next = await waitFor("the next value", () => seen().find((v) => v.sourceTime > last), 30_000);
          const arrived = Date.now();
          await waitFor("the value in the file", () => inFile.get(tag.id, next.sourceTime) === 1, 5_000);
          expect(Date.now() - arrived).toBeLessThan(2_500);
        }
      } finally {
        file.close();
      }

      // Minute aggregates over the whole time agree with the raw samples of each minute.
      // (Up to seconds ago: a later sample may still be on its way while the two reads run.)
      const end = Date.now() - 3_000;
      const all = await window.call<Raw>("readHistory", { tagId: tag.id, from: simStarted - 60_000, to: end, resolution: "raw", maxPoints: 100_000 });
      const minutes = await window.call<Agg>("readHistory", { tagId: tag.id, from: simStarted - 60_000, to: end, resolution: "minute" });
      expect(minutes.resolution).toBe("minute");
      expect(minutes.points.length).toBeGreaterThan(0);
      // The minute that `end` cuts holds samples after it: it is compared once it is whole.
      for (const m of minutes.points.filter((p) => p.time + 60_000 <= end)) {
        const inMinute = all.points.filter((p) => p.time >= m.time && p.time < m.time + 60_000);
        const numbers = inMinute.filter((p) => p.quality !== "bad" && typeof p.value === "number").map((p) => p.value as number);
        expect(m.count).toBe(inMinute.length);
        expect(m.min).toBe(Math.min(...numbers));
        expect(m.max).toBe(Math.max(...numbers));
        expect(m.mean).toBeCloseTo(numbers.reduce((a, b) => a + b, 0) / numbers.length, 9);
        expect([m.firstTime, m.lastTime]).toEqual([inMinute[0]!.time, inMinute.at(-1)!.time]);
      }
      // auto picks raw while the range fits in maxPoints, aggregates past it.
      const auto = await window.call<HistoryValues>("readHistory", { tagId: tag.id, from: simStarted - 60_000, to: end, maxPoints: 5 });
      expect(auto.resolution).toBe("minute");

      // A restart of the core keeps the history; the seconds it was away come from the server.
      window.link.close();
      await service.stop();
      const stoppedAt = Date.now();
      await sleep(6_000);
      service = await ControlRoomService.start({ site, dataDir, pki });
      expect(await service.whenConnected(60_000)).toBe(true);
      window = openWindow(service);
      const kept = await window.call<Raw>("readHistory", { tagId: tag.id, from: all.from, to: all.to, resolution: "raw", maxPoints: 100_000 });
      expect(kept.serverFill.asked).toEqual([]);
      expect(kept.points).toEqual(all.points);
      const away = await window.call<Raw>("readHistory", { tagId: tag.id, from: stoppedAt - 500, to: stoppedAt + 5_000, resolution: "raw" });
      expect(away.serverFill.points).toBeGreaterThan(0);
      expect(away.points.some((p) => p.fromServer && p.time > stoppedAt)).toBe(true);
      window.link.close();
    } finally {
      await service.stop();
      await server.sim.stop();
    }
  }, 180_000);
});
