/**
 * Issue #9 item 5: the city map with `assets` markers while `perSecond` of them change state
 * (the bench server flips alarm conditions spread over the assets active and back): frame times
 * while panning, in host mode in Chromium at 1920×1080. The map is zoomed one wheel step in from
 * the fitted view, where markers are drawn one by one and clusters where they are dense; the drag runs a circle for `panMs`, with
 * requestAnimationFrame gaps recorded in the page. Baseline: the same pan with nothing changing.
 * The map's own stats element (data-drawn-markers / data-drawn-clusters) says what was drawn.
 */
import type { Page } from "@playwright/test";
import { writeFileSync } from "node:fs";
import { figure, type Figure } from "./figures";
import { benchScreenshot, startHostPage } from "./load/host-page";

const ITEM = "5 map";

export interface MapSize {
  assets: number;
  /** Alarm conditions spread over the assets; the state changes flip these. */
  alarms: number;
  perSecond: number;
  panMs: number;
}

/** Drags the map round a circle for `ms`; returns the frame gaps seen meanwhile (ms). */
async function pan(page: Page, ms: number): Promise<number[]> {
  const box = (await page.getByTestId("city-map").boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(`(() => {
    window.__gaps = [];
    window.__panning = true;
    let last = performance.now();
    const frame = (now) => {
      window.__gaps.push(now - last);
      last = now;
      if (window.__panning) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  })()`);
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const t0 = Date.now();
  for (let i = 0; Date.now() - t0 < ms; i++) {
    const a = (i / 30) * Math.PI * 2;
    await page.mouse.move(cx + Math.cos(a) * 200 - 200, cy + Math.sin(a) * 150, { steps: 1 });
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  return page.evaluate(`(() => { window.__panning = false; return window.__gaps.slice(1); })()`) as Promise<number[]>;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
};

export async function benchMapPan(size: MapSize): Promise<Figure[]> {
  const hp = await startHostPage({ assets: size.assets, tagsPerAsset: 1, alarms: size.alarms }, {}, { width: 1920, height: 1080 });
  try {
    const { page, server } = hp;
    await page.locator(`[data-testid=map-layer][data-total="${size.assets}"]`).waitFor({ timeout: 300_000 });
    const map = page.getByTestId("city-map");
    const box = (await map.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // One wheel step in from the fitted view: markers drawn one by one, clusters where dense.
    await page.mouse.wheel(0, -100);
    await page.waitForTimeout(1_000);
    const drawn = () =>
      page.evaluate(() => {
        const s = document.querySelector("[data-drawn-markers]");
        return { markers: Number(s?.getAttribute("data-drawn-markers") ?? 0), clusters: Number(s?.getAttribute("data-drawn-clusters") ?? 0), zoom: s?.getAttribute("data-zoom") ?? "?" };
      });
    await benchScreenshot(page, "map-before-pan");
    const quiet = await pan(page, size.panMs);
    const drawnQuiet = await drawn();
    await server.request("startToggling", { perSecond: size.perSecond });
    await page.waitForTimeout(1_000);
    // BENCH_PAGE_PROF=FILE: a CPU profile of the page during the busy pan (where the frames go).
    const cdp = process.env.BENCH_PAGE_PROF ? await page.context().newCDPSession(page) : null;
    if (cdp) await cdp.send("Profiler.enable").then(() => cdp.send("Profiler.start"));
    const busy = await pan(page, size.panMs);
    if (cdp) writeFileSync(process.env.BENCH_PAGE_PROF!, JSON.stringify((await cdp.send("Profiler.stop")).profile));
    const drawnBusy = await drawn();
    await benchScreenshot(page, "map-after-busy-pan");
    const toggled = await server.request<{ toggles: number; seconds: number }>("stopToggling");
    const rate = toggled.toggles / toggled.seconds;
    const label = "the same pan with no state changing";
    return [
      figure({
        item: ITEM,
        name: `frame time p95 panning, ${size.assets.toLocaleString("en-US")} assets, ${size.perSecond.toLocaleString("en-US")} state changes/s asked`,
        value: pct(busy, 95),
        unit: "ms",
        baseline: { value: pct(quiet, 95), label },
        target: { on: "value", op: "<=", limit: 33 },
        note: `server achieved ${Math.round(rate).toLocaleString("en-US")} changes/s; ${busy.length} frames, p50 ${pct(busy, 50).toFixed(0)} ms, longest ${Math.round(Math.max(...busy))} ms; drawn at zoom ${drawnBusy.zoom}: ${drawnBusy.markers} markers + ${drawnBusy.clusters} clusters (quiet pan: ${drawnQuiet.markers} + ${drawnQuiet.clusters}, ${quiet.length} frames)`,
      }),
    ];
  } finally {
    await hp.stop();
  }
}

/** `npx tsx test/bench/map-pan.ts [assets] [alarms] [perSecond]` (renderer built first). */
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchMapPan({ assets: Number(process.argv[2] ?? 1000), alarms: Number(process.argv[3] ?? 100), perSecond: Number(process.argv[4] ?? 100), panMs: 3000 }));
  process.exit(0);
}
