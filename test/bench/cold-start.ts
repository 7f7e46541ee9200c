/**
 * Issue #9 item 6: cold start offline. A store is made the way a workstation gets one: the core
 * runs against the bench server with `items` tags until every tag has a value, and stops; then
 * `historyTags` of them get `days` of one-minute history written by the historian's own SQL. The
 * server is stopped for good, and host mode starts on that store (serving at once, as the
 * desktop app does), with Chromium already open at 1920×1080.
 *
 * "Complete screen", timed from the host's spawn: the operator screen shows the offline line
 * naming the server, the alarm panel, every icon drawn, the map's service layer counting every
 * asset from the store, and the map has drawn (markers or clusters). Baseline: the same start
 * on an empty store, where the complete screen is the offline line, the alarm panel and the
 * icons.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import type { TagId } from "../../contract/ids";
import { HistorianSql, type HistoryRow } from "../../main/core/store/historian-repository";
import { openDatabase } from "../../main/core/store/open-database";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/chromium";
import { startHostProcess } from "../e2e/host-process";
import { figure, type Figure } from "./figures";
import { writeBenchSite } from "./load/bench-site";
import { startChild } from "./load/child";
import { benchScreenshot } from "./load/host-page";

const ITEM = "6 cold start";
const DAY = 86_400_000;

export interface ColdStartSize {
  items: number;
  historyTags: number;
  days: number;
}

/** Seeds `dataDir` as described above; returns the dead server's URL and the asset count. */
async function seedStore(dataDir: string, size: ColdStartSize): Promise<{ url: string; assets: number; rows: number }> {
  const assets = Math.ceil(size.items / 11);
  const server = await startChild<{ endpointUrl: string; tags: number }>("bench-server-process.ts", { assets, tagsPerAsset: 10, alarms: 0 });
  let tags: TagId[];
  try {
    const core = await startChild<{ tags: number }>("core-process.ts", { url: server.ready.endpointUrl, dataDir });
    try {
      tags = await core.request<TagId[]>("tagIds", { count: size.historyTags });
    } finally {
      await core.stop();
    }
  } finally {
    await server.stop();
  }
  const { db } = openDatabase({ file: path.join(dataDir, "control-room.sqlite") });
  const historian = new HistorianSql(db);
  const end = Date.now() - 60_000;
  const start = end - size.days * DAY;
  let rows = 0;
  for (let d = 0; d < size.days; d++) {
    const batch: HistoryRow[] = [];
    for (let m = 0; m < 1440; m++) for (const [i, tag] of tags.entries()) batch.push([tag, start + d * DAY + m * 60_000, 5 + Math.sin((m + i) / 60) * 3, 0]);
    rows += historian.write(null, { rows: batch, origin: 0 });
  }
  db.close();
  return { url: server.ready.endpointUrl, assets, rows };
}

/** Spawn → complete screen, in ms; `assets` 0 for the empty store. */
async function coldStart(browser: Browser, dataDir: string, siteFile: string, assets: number): Promise<{ readyMs: number; completeMs: number; pageMs: number }> {
  const t0 = Date.now();
  const host = await startHostProcess(["--data", dataDir, "--site", siteFile, "--port", "0", "--connect-wait-ms", "0"]);
  const readyMs = Date.now() - t0;
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    const page = await context.newPage();
    const opened = Date.now();
    await page.goto(host.url);
    await page.locator("[data-testid=offline-strip] [data-testid=offline-endpoint]").first().waitFor({ timeout: 120_000 });
    await page.getByTestId("alarm-panel").waitFor({ timeout: 120_000 });
    // Blueprint draws its icons once their SVG paths are loaded: until then they are empty boxes.
    await page.waitForFunction(() => [...document.querySelectorAll(".bp6-icon")].every((i) => i.querySelector("svg")), undefined, { timeout: 120_000 });
    if (assets > 0) {
      await page.locator(`[data-testid=map-layer][data-total="${assets}"]`).waitFor({ timeout: 120_000 });
      await page.waitForFunction(
        () => {
          const s = document.querySelector("[data-drawn-markers]");
          return !!s && Number(s.getAttribute("data-drawn-markers")) + Number(s.getAttribute("data-drawn-clusters")) > 0;
        },
        undefined,
        { timeout: 120_000 },
      );
    }
    const done = { readyMs, completeMs: Date.now() - t0, pageMs: Date.now() - opened };
    await benchScreenshot(page, assets > 0 ? "cold-start-complete" : "cold-start-empty-store");
    return done;
  } finally {
    await context.close();
    await host.kill();
  }
}

export async function benchColdStart(size: ColdStartSize): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-bench-cold-"));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const seeded = path.join(dir, "seeded");
    const seed = await seedStore(seeded, size);
    const siteFile = writeBenchSite(dir, { url: seed.url });
    const empty = await coldStart(browser, path.join(dir, "empty"), siteFile, 0);
    const full = await coldStart(browser, seeded, siteFile, seed.assets);
    const mb = fs.statSync(path.join(seeded, "control-room.sqlite")).size / 1e6;
    return [
      figure({
        item: ITEM,
        name: `offline to a complete screen, ${Math.round(size.items / 1000)}k tags, ${size.days} day(s) of history, from the host's spawn`,
        value: full.completeMs,
        unit: "ms",
        baseline: { value: empty.completeMs, label: "the same start on an empty store (offline line, alarm panel, icons)" },
        target: { on: "value", op: "<=", limit: 2000 },
        note: `host ready (URL printed) after ${full.readyMs} ms (empty store: ${empty.readyMs} ms); store ${mb.toFixed(0)} MB with ${seed.rows.toLocaleString("en-US")} history rows (${size.historyTags} tags × ${size.days} days × 1/min) and ${seed.assets.toLocaleString("en-US")} assets`,
      }),
      figure({
        item: ITEM,
        name: "the same, from opening the page (host already serving)",
        value: full.pageMs,
        unit: "ms",
        baseline: { value: empty.pageMs, label: "the same on an empty store" },
        note: "the part the renderer and the core's answers take; the rest is the host process starting (npx + tsx transpiling the core in host mode)",
      }),
    ];
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `npx tsx test/bench/cold-start.ts [items] [historyTags] [days]` (renderer built first). */
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchColdStart({ items: Number(process.argv[2] ?? 1100), historyTags: Number(process.argv[3] ?? 5), days: Number(process.argv[4] ?? 1) }));
  process.exit(0);
}
