/**
 * The city map with more than 10,000 assets (issue #8 item 2): one embedded simulator scaled
 * up (its `scale` counts tags, about 6.25 per asset, so 64,000 tags make some 10,200 assets).
 * The map still fits them, draws clusters rather than ten thousand markers, and pans, by mouse
 * and keyboard, at the city zoom and closer in, each pan finished by a redraw, with no page
 * errors. How fast is the benchmarks' business (test/bench); this shows that it works.
 */
import { expect, test, type Page } from "@playwright/test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEFAULT_SITE_FILE } from "../../main/core/sites/default-site";
import { startHostProcess, type HostProcess } from "./host-process";
import { centralGroup, moveMap } from "./map-asset";

const SCREENS = "/work/screens/map";
const SCALE_TAGS = 64_000;

const map = (page: Page) => page.getByTestId("city-map");

async function drawn(page: Page): Promise<{ markers: number; clusters: number; assets: number }> {
  return page.evaluate(() => {
    const root = document.querySelector("[data-testid=city-map]")!;
    const markers = root.querySelectorAll(".asset-marker").length;
    const clusters = [...root.querySelectorAll<HTMLElement>(".asset-cluster")];
    return { markers, clusters: clusters.length, assets: markers + clusters.reduce((n, c) => n + Number(c.dataset.count), 0) };
  });
}

/** One pan, landed and drawn for the new view (moveMap), and drawn for the view only. */
async function pan(page: Page, move: () => Promise<void>, landed?: () => Promise<boolean>): Promise<void> {
  await moveMap(page, move, landed);
  const now = await drawn(page);
  expect(now.markers + now.clusters).toBeGreaterThan(0);
  // Drawn for the view only: never anything near the whole city as DOM.
  expect(now.markers + now.clusters).toBeLessThan(2_000);
}

async function drag(page: Page, dx: number, dy: number): Promise<void> {
  const box = (await map(page).boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
  await page.mouse.move(x + dx, y + dy, { steps: 5 });
  await page.mouse.up();
}

test("a 10,000-asset site: the map fits, clusters and still pans", async ({ page }) => {
  test.setTimeout(420_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-e2e-map10k-"));
  const site = JSON.parse(fs.readFileSync(DEFAULT_SITE_FILE, "utf8"));
  // One server carries every service, scaled up; no security to keep the start short.
  site.endpoints = [
    { id: "nis-city", embeddedSimulator: { seed: 1, scale: SCALE_TAGS }, securityMode: "None", securityPolicy: "None", samplingIntervalMs: 0, credentials: null },
  ];
  const siteFile = path.join(dir, "site-10k.json");
  fs.writeFileSync(siteFile, JSON.stringify(site));
  let host: HostProcess | null = null;
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  try {
    host = await startHostProcess(["--data", dir, "--site", siteFile]);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(host.url);
    await expect(map(page).locator(".asset-cluster").first()).toBeVisible({ timeout: 180_000 });

    // More than 10,000 assets in the layers' counts, and every one of them in the fitted view.
    const totals = await page.getByTestId("map-layer").evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.total)));
    const total = totals.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(10_000);
    await expect.poll(async () => (await drawn(page)).assets, { timeout: 30_000 }).toBe(total);
    const city = await drawn(page);
    expect(city.clusters).toBeGreaterThan(0);
    expect(city.markers + city.clusters).toBeLessThan(500);
    await page.screenshot({ path: `${SCREENS}/10k-city-sr-1920.png` });

    // Pans at the city zoom: by mouse drag in four directions.
    for (const [dx, dy] of [[300, 0], [0, 250], [-300, 0], [0, -250]] as const) await pan(page, () => drag(page, dx, dy));

    // Closer in (three zoom steps), where the view holds lone markers and small groups, then
    // pans by keyboard as well as by mouse.
    for (let i = 0; i < 3; i++) await pan(page, () => page.locator(".leaflet-control-zoom-in").click());
    expect(Number(await map(page).getAttribute("data-zoom"))).toBeGreaterThan(13);
    await map(page).focus();
    for (const key of ["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp"]) await pan(page, () => page.keyboard.press(key));
    for (const [dx, dy] of [[-400, 200], [400, -200]] as const) await pan(page, () => drag(page, dx, dy));
    const close = await drawn(page);
    expect(close.markers).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENS}/10k-close-sr-1920.png` });

    // Assets on (almost) the same spot: keep opening the group nearest the centre; one that
    // cannot split at the deepest zoom spreads its assets around it, each one clickable.
    const spread = map(page).locator(".asset-marker[data-spread=true]");
    for (let i = 0; i < 12 && (await spread.count()) === 0; i++) {
      const central = await centralGroup(page);
      await pan(page, () => central.click(), async () => (await spread.count()) > 0);
    }
    expect(await spread.count()).toBeGreaterThanOrEqual(2);
    const spreadId = await spread.first().getAttribute("data-asset-id");
    await spread.first().click();
    await expect(page.getByTestId("asset-popup")).toHaveAttribute("data-asset-id", spreadId!, { timeout: 20_000 });
    await page.screenshot({ path: `${SCREENS}/10k-spread-sr-1920.png` });

    // Search among ten thousand still flies to one and opens its popup.
    const someone = await map(page).locator(".asset-marker").first().getAttribute("aria-label");
    await page.getByTestId("map-search-input").fill(someone!);
    await page.getByTestId("map-search-input").press("Enter");
    await expect(page.getByTestId("asset-popup")).toContainText(someone!, { timeout: 20_000 });
    expect(errors).toEqual([]);
  } finally {
    await host?.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
