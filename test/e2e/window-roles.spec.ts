/**
 * Window roles in host mode, in a real browser: every role URL (`?role=…`, same token) renders its
 * content under the role bar without a page error; a choice in one window drives the others
 * through the core (an alarm row in the operator window opens in the detail window, the map
 * window flies; a row in the alarm panel window opens in the operator window); the Windows menu
 * opens a role in a new browser window with the token, and a saved list of windows loads back
 * with the trend window's pens.
 * Screenshots of each role at 1920×1080 and 1280×800, Serbian and English.
 */
import { expect, test, type Page } from "@playwright/test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { HOST_URL_FILE } from "./host-setup";

const SCREENS = "/work/screens/roles";
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 800 },
];
const ROLES = ["overview", "map", "alarms", "trends", "detail", "kpis", "connections"] as const;
/** What each role shows full-window (a test id inside its content). */
const CONTENT: Record<(typeof ROLES)[number], string> = {
  overview: "[data-testid=overview-view]",
  map: "[data-testid=city-map]",
  alarms: "[data-testid=alarm-grid]",
  trends: ".trend-view",
  detail: "[data-role=detail]",
  kpis: ".kpi-view",
  connections: "[data-testid=connections-view]",
};
const hostUrl = () => fs.readFileSync(HOST_URL_FILE, "utf8").trim();
const roleUrl = (role: string) => `${hostUrl()}&role=${role}`;

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

async function firstLiveRow(page: Page, skip: string | null = null): Promise<string> {
  const rows = page.locator('[data-testid=alarm-row][data-stale="false"]');
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  for (const row of await rows.all()) {
    const id = await row.getAttribute("data-alarm-id");
    if (id && id !== skip) return id;
  }
  throw new Error("no second live alarm row");
}

test("each role URL renders its content under the role bar, without page errors; screenshots in sr and en", async ({ browser }) => {
  fs.mkdirSync(SCREENS, { recursive: true });
  for (const language of ["sr", "en"] as const) {
    const context = await browser.newContext({ viewport: SIZES[0] });
    if (language === "en") await context.addInitScript(() => localStorage.setItem("ccr.language", "en"));
    const page = await context.newPage();
    const errors = collectErrors(page);
    for (const role of ROLES) {
      await page.goto(roleUrl(role));
      await expect(page.getByTestId("role-bar")).toHaveAttribute("data-role", role, { timeout: 30_000 });
      await expect(page.locator(CONTENT[role]).first()).toBeVisible({ timeout: 30_000 });
      // A role window has no view switch and no outbox: it shows one thing.
      await expect(page.getByTestId("view-switch")).toHaveCount(0);
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.waitForTimeout(600);
        await page.screenshot({ path: `${SCREENS}/role-${role}-${language}-${size.width}.png` });
      }
      await page.setViewportSize(SIZES[0]);
    }
    expect(errors).toEqual([]);
    await context.close();
  }
});

test("a choice in one window drives the others: detail opens, the map flies, the operator window follows the alarm panel", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const operator = await context.newPage();
  const detail = await context.newPage();
  const wall = await context.newPage();
  const alarms = await context.newPage();
  const trends = await context.newPage();
  const errors = [operator, detail, wall, alarms, trends].flatMap((p) => collectErrors(p));
  await operator.goto(hostUrl());
  await detail.goto(roleUrl("detail"));
  await wall.goto(roleUrl("map"));
  await alarms.goto(roleUrl("alarms"));
  await trends.goto(roleUrl("trends"));
  await expect(trends.getByTestId("trend-view")).toBeVisible({ timeout: 30_000 });
  // A window opened later starts on the last shared selection (another spec's, in a whole run): let it land.
  await expect(detail.getByTestId("role-bar")).toBeVisible({ timeout: 30_000 });
  await expect(wall.getByTestId("city-map")).toBeVisible({ timeout: 30_000 });
  await wall.waitForTimeout(1500);
  const seqBefore = Number(await wall.getByTestId("city-map").getAttribute("data-focus-seq"));

  // An alarm row in the operator window: the detail window opens that alarm and its asset.
  const first = await firstLiveRow(operator);
  await operator.locator(`[data-testid=alarm-row][data-alarm-id="${first}"]`).click();
  await expect(detail.getByTestId("alarm-detail")).toHaveAttribute("data-alarm-id", first, { timeout: 15_000 });
  const assetId = await detail.getByTestId("alarm-detail").getAttribute("data-asset-id");
  if (assetId) {
    await expect(detail.getByTestId("value-panel")).toBeVisible();
    await expect(detail.getByTestId("asset-title")).not.toHaveText("");
    // The map window flew to it (a new focus), and shows the same alarm beside its map.
    await expect.poll(async () => Number(await wall.getByTestId("city-map").getAttribute("data-focus-seq")), { timeout: 15_000 }).toBeGreaterThan(seqBefore);
    // The trends window draws the asset's tags.
    await expect(trends.getByTestId("trend-pen").first()).toBeVisible({ timeout: 15_000 });
  }
  fs.mkdirSync(SCREENS, { recursive: true });
  for (const [page, name] of [[detail, "detail-chosen"], [wall, "map-chosen"], [trends, "trends-chosen"]] as const) {
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.waitForTimeout(800);
      await page.screenshot({ path: `${SCREENS}/role-${name}-sr-${size.width}.png` });
    }
  }
  await expect(wall.getByTestId("alarm-detail")).toHaveAttribute("data-alarm-id", first);

  // Another row, chosen in the alarm panel window: the operator window opens it.
  const second = await firstLiveRow(alarms, first);
  await alarms.locator(`[data-testid=alarm-row][data-alarm-id="${second}"]`).click();
  await expect(operator.getByTestId("alarm-detail")).toHaveAttribute("data-alarm-id", second, { timeout: 15_000 });
  await expect(detail.getByTestId("alarm-detail")).toHaveAttribute("data-alarm-id", second);

  // Closing it in the detail window closes it everywhere: the selection is one.
  await detail.locator(".alarm-detail-close").click();
  await expect(operator.getByTestId("alarm-detail")).toHaveCount(0, { timeout: 15_000 });
  expect(errors).toEqual([]);
  await context.close();
});

test("the Windows menu opens a role with the token, saves the list of windows and loads it back", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const page = await context.newPage();
  await page.goto(hostUrl());
  await page.getByTestId("windows-menu-button").click();
  const [popup] = await Promise.all([context.waitForEvent("page"), page.getByTestId("open-role-trends").click()]);
  await expect(popup.getByTestId("role-bar")).toHaveAttribute("data-role", "trends", { timeout: 30_000 });
  expect(new URL(popup.url()).searchParams.get("token")).toBe(new URL(hostUrl()).searchParams.get("token"));

  // The trends role's pens and range (as its window keeps them) travel with the list.
  const pens = { pens: ["nis-water|ns=1;s=Zone1.Flow"], preset: "8h" };
  await page.evaluate((p) => localStorage.setItem("ccr.trends.trends", JSON.stringify(p)), pens);
  await page.getByTestId("windows-menu-button").click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("window-list-save").click()]);
  const saved = fs.readFileSync((await download.path())!, "utf8");
  expect(JSON.parse(saved)).toEqual({ kind: "city-control-room-browser-windows", version: 1, windows: [{ role: "trends" }], trends: { trends: pens } });
  expect(saved).not.toContain("token");
  await page.evaluate(() => localStorage.removeItem("ccr.trends.trends"));

  // Loaded back: each window is one click (browsers open one window per click).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-roles-e2e-"));
  fs.writeFileSync(path.join(dir, "windows.json"), saved);
  await page.getByTestId("window-list-file").setInputFiles(path.join(dir, "windows.json"));
  await expect.poll(async () => JSON.parse((await page.evaluate(() => localStorage.getItem("ccr.trends.trends"))) ?? "null")).toEqual(pens);
  const [again] = await Promise.all([context.waitForEvent("page"), page.getByTestId("list-open-trends").click()]);
  await expect(again.getByTestId("role-bar")).toHaveAttribute("data-role", "trends", { timeout: 30_000 });

  // A file that is not a list is refused in words, naming the field.
  fs.writeFileSync(path.join(dir, "bad.json"), JSON.stringify({ kind: "city-control-room-browser-windows", version: 1, windows: [{ role: "kitchen" }] }));
  await page.keyboard.press("Escape");
  await page.getByTestId("window-list-file").setInputFiles(path.join(dir, "bad.json"));
  await expect(page.locator(".bp6-toast").filter({ hasText: "windows.0.role" })).toBeVisible();
  fs.rmSync(dir, { recursive: true, force: true });
  await context.close();
});
