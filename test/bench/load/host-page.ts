/**
 * The whole chain a person sees: the bench server in its own process, host mode (core +
 * renderer) as a real child process against it, and Debian's Chromium showing the operator
 * screen. Long tasks are collected by the page's own PerformanceObserver from its first script.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import type { AssetInfo } from "../../../contract/api";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../e2e/chromium";
import { startHostProcess, type HostProcess } from "../../e2e/host-process";
import { callContract } from "../../e2e/sign-in";
import type { BenchServerOptions } from "./bench-server";
import { writeBenchSite, type BenchEndpoint } from "./bench-site";
import { startChild, type BenchChild } from "./child";

export interface HostPage {
  server: BenchChild<{ endpointUrl: string; tags: number }>;
  host: HostProcess;
  browser: Browser;
  page: Page;
  dir: string;
  /** The core's assets, once discovered. */
  assets(): Promise<AssetInfo[]>;
  stop(): Promise<void>;
}

const OBSERVE_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
`;

export async function startHostPage(server: BenchServerOptions, endpoint: Omit<BenchEndpoint, "url">, viewport = { width: 1920, height: 1080 }): Promise<HostPage> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-bench-host-"));
  const srv = await startChild<{ endpointUrl: string; tags: number }>("bench-server-process.ts", server);
  let host: HostProcess | null = null;
  let browser: Browser | null = null;
  const stop = async () => {
    await browser?.close().catch(() => undefined);
    await host?.kill();
    await srv.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const site = writeBenchSite(dir, { ...endpoint, url: srv.ready.endpointUrl });
    host = await startHostProcess(["--data", path.join(dir, "data"), "--site", site, "--port", "0"]);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport });
    await page.addInitScript(OBSERVE_LONG_TASKS);
    await page.goto(host.url);
    await page.getByTestId("connection-state").and(page.locator('[data-state="connected"]')).waitFor({ timeout: 120_000 });
    const assets = async () => {
      const answer = await callContract(page, "listAssets", {});
      if (!("result" in answer)) throw new Error(`listAssets: ${answer.error.message}`);
      return answer.result as AssetInfo[];
    };
    return { server: srv, host, browser, page, dir, assets, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

export type LongTask = { start: number; duration: number };
export const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { __longTasks: LongTask[] }).__longTasks.slice());

/** BENCH_SCREENS=DIR: a screenshot at a benchmark's telling moment, to look at what was measured. */
export async function benchScreenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.BENCH_SCREENS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}
