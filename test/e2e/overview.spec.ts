/**
 * The city overview in a real browser on a host of its own (the scenarios stay out of other
 * specs): a tile per service with its health and goal figures; when a trainer starts the
 * simulator's "dark-traffic-signal" and "overflowing-containers" scenarios, the signals out of
 * normal operation, the traffic tile's open alarms and the full containers rise on screen; a
 * tile's click opens operations with the alarm list narrowed to that service.
 */
import { expect, test, type Page } from "@playwright/test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startHostProcess, type HostProcess } from "./host-process";
import { callSimulation } from "./simulation-control";

const SCREENS = "/work/screens/overview";

/** The embedded simulator serving one endpoint (host mode starts one per utility and prints each). */
function simulatorFor(output: string, endpoint: string): string {
  const m = new RegExp(`Embedded simulator for "${endpoint}": (opc\\.tcp://\\S+)`).exec(output);
  if (!m) throw new Error(`host mode printed no simulator for ${endpoint}:\n${output}`);
  return m[1]!;
}

/** A figure as the tile shows it, digits only ("1.297" and "1,297" both read 1297). */
async function figure(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).locator(".overview-value").textContent()) ?? "";
  const digits = text.replace(/[^\d]/g, "");
  return digits === "" ? Number.NaN : Number(digits);
}

test.describe("city overview", () => {
  test.setTimeout(420_000);
  let dataDir = "";
  let host: HostProcess | null = null;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-e2e-overview-"));
    host = await startHostProcess(["--data", dataDir, "--port", "0"]);
  });
  test.afterAll(async () => {
    await host?.kill();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test("figures change when scenarios run, and a tile opens operations narrowed to its service", async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.addInitScript(() => localStorage.setItem("ccr.language", "en"));
    await page.goto(`${host!.url}&view=overview`);
    await expect(page.getByTestId("overview-view")).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId("overview-as-of")).toBeVisible({ timeout: 60_000 });
    for (const s of ["water", "heating", "waste", "parking", "lighting", "traffic", "air"]) await expect(page.getByTestId(`overview-tile-${s}`)).toBeVisible();
    // Every server connected, said in words on each tile.
    await expect(page.getByTestId("overview-tile-traffic").getByTestId("overview-servers")).toHaveAttribute("data-state", "connected", { timeout: 60_000 });
    await expect(page.getByTestId("overview-tile-traffic").getByTestId("overview-servers")).toHaveText(/Server: Connected/);
    // A fresh install: no history for yesterday, said so rather than a number.
    await expect(page.getByTestId("overview-line-lighting-yesterday")).toContainText("No data for yesterday yet");
    await expect(page.getByTestId("overview-line-heating-lastWeek")).toContainText("No data for last week yet");

    const signalsBefore = await figure(page, "overview-line-traffic-notNormal");
    const fullBefore = await figure(page, "overview-line-waste-full");
    const high = page.getByTestId("overview-tile-traffic").getByTestId("overview-count-high");
    // No high-priority alarm open: no count on the tile at all.
    const highOpen = async () => ((await high.count()) === 0 ? 0 : Number(await high.getAttribute("data-open")));
    const highBefore = await highOpen();
    expect(Number.isFinite(signalsBefore) && Number.isFinite(fullBefore)).toBe(true);

    await callSimulation(dataDir, simulatorFor(host!.output(), "nis-traffic"), "StartScenario", "dark-traffic-signal");
    await callSimulation(dataDir, simulatorFor(host!.output(), "nis-waste"), "StartScenario", "overflowing-containers");

    // The dark signal: one more out of normal operation, and its high-priority alarm on the tile, unacknowledged.
    await expect.poll(() => figure(page, "overview-line-traffic-notNormal"), { timeout: 90_000 }).toBeGreaterThan(signalsBefore);
    await expect.poll(highOpen, { timeout: 90_000 }).toBeGreaterThan(highBefore);
    await expect(high).toHaveClass(/is-unacked/);
    // Containers report once a minute and the cluster's overflow is staggered: the count rises within a few minutes.
    await expect.poll(() => figure(page, "overview-line-waste-full"), { timeout: 240_000, intervals: [5_000] }).toBeGreaterThan(fullBefore);
    await page.screenshot({ path: `${SCREENS}/overview-e2e-after-scenarios-1920-en.png` });

    // The traffic tile opens operations with the alarm list narrowed to traffic.
    await page.getByTestId("overview-open-traffic").click();
    await expect(page.getByTestId("view-switch")).toHaveAttribute("data-view", "operations");
    await expect(page.getByTestId("facet-service")).toHaveText(/: 1$/);
    const rows = page.getByTestId("alarm-row");
    await expect(rows.first()).toBeVisible({ timeout: 30_000 });
    const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-alarm-id") ?? ""));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id.startsWith("nis-traffic")).toBe(true);
  });
});
