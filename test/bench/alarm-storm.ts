/**
 * An alarm storm as an operator's window lives it: the simulator's "alarm-flood" scenario
 * (hundreds of alarms within a minute) against host mode, watched by Debian's Chromium at
 * 1920×1080 on the operator screen. Measured in the page: long tasks (> 50 ms) while alarms
 * arrive and after they stop, and how busy the main thread stays once events stop (CDP
 * TaskDuration over a quiet window), against the same page's idle figure before the storm.
 *
 * The simulator runs in this process with security None and anonymous access, so the bench can
 * start the scenario itself; host mode (core + renderer) is a real child process.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { DEFAULT_SITE_FILE } from "../../main/core/sites/default-site";
import { startSimulator } from "../../main/simulator/index";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/chromium";
import { startHostProcess } from "../e2e/host-process";

export interface StormFigures {
  alarms: number;
  /** From the scenario's start until no alarm was added for QUIET_MS. */
  stormS: number;
  longTasksDuring: number;
  longestDuringMs: number;
  longTasksAfter: number;
  longestAfterMs: number;
  /** Main-thread busy share (0..1) over QUIET_MS after the last event, and the idle page's before. */
  busyAfter: number;
  busyIdle: number;
}

const QUIET_MS = 5_000;

/** Long tasks from the page's own PerformanceObserver, collected from the first script on. */
const OBSERVE_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
`;

type LongTask = { start: number; duration: number };
const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { __longTasks: LongTask[] }).__longTasks.slice());
const pageNow = (page: Page) => page.evaluate(() => performance.now());

/** The number of alarms the core holds, asked over the page's own contract connection. */
function alarmCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const token = new URLSearchParams(location.search).get("token") ?? "";
        const socket = new WebSocket(`ws://${location.host}/api?token=${encodeURIComponent(token)}`);
        socket.onopen = () => socket.send(JSON.stringify({ kind: "call", id: 1, method: "listAlarms", args: {} }));
        socket.onerror = () => reject(new Error("contract socket failed"));
        socket.onmessage = (event) => {
          const m = JSON.parse(String(event.data)) as { kind: string; id?: number; result?: unknown[] };
          if (m.kind === "event" || m.id !== 1) return;
          socket.close();
          resolve(Array.isArray(m.result) ? m.result.length : -1);
        };
      }),
  );
}

async function busyShare(page: Page, ms: number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const task = async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    return metrics.find((m) => m.name === "TaskDuration")?.value ?? 0;
  };
  const before = await task();
  await new Promise((r) => setTimeout(r, ms));
  const after = await task();
  await cdp.detach();
  return (after - before) / (ms / 1000);
}

export async function measureAlarmStorm(): Promise<StormFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-storm-"));
  const sim = await startSimulator({ port: 0, seed: 1, pkiDir: path.join(dir, "sim-pki"), allowSecurityNone: true, allowAnonymous: true });
  const site = JSON.parse(fs.readFileSync(DEFAULT_SITE_FILE, "utf8"));
  site.users = [];
  site.endpoints = [{ id: "nis-storm", url: sim.endpointUrl, securityMode: "None", securityPolicy: "None", credentials: null }];
  const siteFile = path.join(dir, "storm-site.json");
  fs.writeFileSync(siteFile, JSON.stringify(site));
  const host = await startHostProcess(["--data", path.join(dir, "data"), "--site", siteFile]);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.addInitScript(OBSERVE_LONG_TASKS);
    await page.goto(host.url);
    await page.getByTestId("connection-state").and(page.locator('[data-state="connected"]')).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(3_000);
    const busyIdle = await busyShare(page, QUIET_MS);

    const start = await pageNow(page);
    const t0 = Date.now();
    sim.startScenario("alarm-flood");
    // The storm has begun once the count grows; it is over when it has not grown for QUIET_MS.
    const before = await alarmCount(page);
    let count = before;
    while (count === before && Date.now() - t0 < 60_000) {
      await page.waitForTimeout(250);
      count = await alarmCount(page);
    }
    let lastChange = Date.now();
    while (Date.now() - lastChange < QUIET_MS && Date.now() - t0 < 240_000) {
      await page.waitForTimeout(500);
      const now = await alarmCount(page);
      if (now !== count) {
        count = now;
        lastChange = Date.now();
      }
    }
    const stormEnd = (await pageNow(page)) - (Date.now() - lastChange);
    const afterStart = await pageNow(page);
    const busyAfter = await busyShare(page, QUIET_MS);
    const tasks = await longTasks(page);
    const during = tasks.filter((t) => t.start >= start && t.start < stormEnd);
    const after = tasks.filter((t) => t.start >= afterStart);
    const longest = (list: LongTask[]) => list.reduce((m, t) => Math.max(m, t.duration), 0);
    return {
      alarms: count,
      stormS: (lastChange - t0) / 1000,
      longTasksDuring: during.length,
      longestDuringMs: longest(during),
      longTasksAfter: after.length,
      longestAfterMs: longest(after),
      busyAfter,
      busyIdle,
    };
  } finally {
    await browser.close();
    await host.kill();
    await sim.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `npx tsx test/bench/alarm-storm.ts`: this benchmark alone. */
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await measureAlarmStorm(), null, 2));
  process.exit(0);
}
