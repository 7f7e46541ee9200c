/**
 * What looked broken on the workstation screens, in a real Chromium on host mode: the site's
 * name in a 1280 px top bar with a supervisor signed in, trend pen names at 1280 px, the detail
 * role's values shown once, Escape on the map's popup, and the outbox on a read-only station.
 */
import { expect, test, type Page } from "@playwright/test";
import fs from "node:fs";
import type { OutboxEntry } from "../../contract/api";
import { HOST_URL_FILE } from "./host-setup";
import { lightingCabinet, someMarker } from "./map-asset";
import { callContract, signIn, signOut } from "./sign-in";

const hostUrl = (query = "") => fs.readFileSync(HOST_URL_FILE, "utf8").trim() + query;
const SCREENS = "/work/screens/ui";
const NARROW = { width: 1280, height: 800 };

async function useLanguage(page: Page, language: "sr" | "en"): Promise<void> {
  await page.addInitScript((l) => {
    if (l === "en") localStorage.setItem("ccr.language", "en");
    else localStorage.removeItem("ccr.language");
  }, language);
}

/** The site's name shown whole, and everything else in the top bar in view and unclipped. */
async function expectTopBarFits(page: Page): Promise<void> {
  const name = page.getByTestId("site-name").locator("bdi");
  // Shown whole: nothing cut off to the side or below the two lines it may wrap over.
  const box = await name.evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth, sh: el.scrollHeight, ch: el.clientHeight, w: el.getBoundingClientRect().width }));
  expect(box.w, "the site's name has room").toBeGreaterThanOrEqual(100);
  expect(box.sw, "no ellipsis to the side").toBeLessThanOrEqual(box.cw + 1);
  expect(box.sh, "no lines hidden below").toBeLessThanOrEqual(box.ch + 1);
  await expect(name, "nothing of it pushed out to the left").toBeInViewport({ ratio: 1 });
  // What gave way still fits: the left side is not clipped, the field button is in view.
  const left = await page.locator(".top-bar-left").evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth }));
  expect(left.sw).toBeLessThanOrEqual(left.cw + 1);
  await expect(page.getByTestId("field-button")).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId("session-control")).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId("language-switch")).toBeInViewport({ ratio: 1 });
}

for (const language of ["sr", "en"] as const) {
  test(`the site's name stays readable in a 1280 px top bar with a supervisor signed in (${language})`, async ({ page }) => {
    await useLanguage(page, language);
    await page.setViewportSize(NARROW);
    await page.goto(hostUrl());
    await signIn(page, "supervisor");
    const site = (await callContract(page, "getSite", {})) as { result?: { name: string } };
    const name = page.getByTestId("site-name").locator("bdi");
    await expect(name).toHaveText(site.result?.name ?? "", { timeout: 15_000 });
    await expectTopBarFits(page);
    fs.mkdirSync(SCREENS, { recursive: true });
    await page.screenshot({ path: `${SCREENS}/top-bar-supervisor-${language}-1280.png`, clip: { x: 0, y: 0, width: 1280, height: 90 } });
    // Read-only (the lock, its words and the Sign in button) fits as well.
    await signOut(page);
    await expectTopBarFits(page);
    await page.screenshot({ path: `${SCREENS}/top-bar-read-only-${language}-1280.png`, clip: { x: 0, y: 0, width: 1280, height: 90 } });
  });
}

test("trend pen names are read in full at 1280 px", async ({ page }) => {
  await page.setViewportSize(NARROW);
  await page.goto(hostUrl("&view=trends"));
  await expect(page.getByTestId("trend-view")).toBeVisible({ timeout: 60_000 });
  for (let n = await page.getByTestId("trend-pen").count(); n > 0; n--) await page.getByTestId("trend-pen").first().getByRole("button").click();
  await page.getByTestId("pen-search").fill("toplana");
  const choices = page.getByTestId("pen-tag");
  await expect(choices.first()).toBeVisible({ timeout: 30_000 });
  for (let i = 0; i < 3; i++) await choices.nth(i).check({ force: true });
  const names = page.getByTestId("trend-pen").locator(".trend-pen-name");
  await expect(names).toHaveCount(3);
  for (const name of await names.all()) {
    const box = await name.evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth, sh: el.scrollHeight, ch: el.clientHeight }));
    expect(box.sw, `${await name.textContent()} is not cut at the side`).toBeLessThanOrEqual(box.cw + 1);
    expect(box.sh).toBeLessThanOrEqual(box.ch + 1);
  }
  await page.screenshot({ path: `${SCREENS}/trend-pens-sr-1280.png` });
  for (let n = await page.getByTestId("trend-pen").count(); n > 0; n--) await page.getByTestId("trend-pen").first().getByRole("button").click();
});

test("the detail role shows the chosen alarm's asset values once", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const operator = await context.newPage();
  const detail = await context.newPage();
  await operator.goto(hostUrl());
  await detail.goto(hostUrl("&role=detail"));
  await expect(detail.getByTestId("role-bar")).toBeVisible({ timeout: 30_000 });
  // An alarm of an asset with tags, chosen in the operator window.
  const rows = operator.locator('[data-testid=alarm-row][data-stale="false"]');
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  await rows.first().click();
  const panel = detail.getByTestId("alarm-detail");
  await expect(panel).toBeVisible({ timeout: 15_000 });
  const assetId = await panel.getAttribute("data-asset-id");
  expect(assetId, "the first live alarm belongs to an asset").toBeTruthy();
  const values = detail.getByTestId("value-panel").getByTestId("tag-row");
  await expect(values.first()).toBeVisible({ timeout: 15_000 });
  const tags = await values.count();
  // Once: the value panel beside the detail has them, the detail does not repeat them.
  await expect(detail.getByTestId("detail-values")).toHaveCount(0);
  await expect(detail.getByTestId("tag-row")).toHaveCount(tags);
  await detail.screenshot({ path: `${SCREENS}/detail-role-sr-1920.png` });
  // The operator window has no value panel beside its detail: there the detail shows them.
  await expect(operator.getByTestId("detail-values")).toBeVisible();
  await detail.locator(".alarm-detail-close").click();
  await expect(operator.getByTestId("alarm-detail")).toHaveCount(0, { timeout: 15_000 });
  await context.close();
});

test("Escape closes the map's asset popup and gives the focus back to the map", async ({ page }) => {
  await page.setViewportSize(NARROW);
  await page.goto(hostUrl("&role=map"));
  await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "connected", { timeout: 60_000 });
  await (await someMarker(page)).click({ force: true });
  const popup = page.getByTestId("asset-popup");
  await expect(popup).toBeVisible({ timeout: 15_000 });
  await page.keyboard.press("Escape");
  await expect(popup).toHaveCount(0);
  await expect(page.getByTestId("city-map")).toBeFocused();
  // The asset stays chosen: the value panel still shows it.
  await expect(page.getByTestId("value-panel").getByTestId("tag-row").first()).toBeVisible();
});

for (const language of ["sr", "en"] as const) {
  test(`a read-only station's outbox says why it offers no retry or discard (${language})`, async ({ page }) => {
    await useLanguage(page, language);
    await page.setViewportSize(NARROW);
    await page.goto(hostUrl());
    // A refused action: a lighting cabinet's Mode written with a value it does not take; the
    // simulator answers BadOutOfRange and the row waits in the outbox for a person.
    await signIn(page, "supervisor");
    const cabinet = await lightingCabinet(page);
    const mode = cabinet.tags.find((t) => t.name === "Mode")!;
    // The workstation learns the asset's commands (and the values each takes) from its server first.
    expect(await callContract(page, "listCommands", { assetId: cabinet.id })).toHaveProperty("result");
    expect(await callContract(page, "writeCommand", { tagId: mode.id, value: `e2e-${language}` })).toMatchObject({ result: { status: "failed" } });
    const indicator = page.getByTestId("outbox-indicator");
    await indicator.click();
    const entries = page.getByTestId("outbox-entry");
    await expect(entries.first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId("outbox-retry").first()).toBeVisible();
    await page.keyboard.press("Escape");
    // Closed for good, or the drawer hands the focus back to its button while the next dialog types.
    await expect(page.getByTestId("outbox-panel")).toHaveCount(0);

    await signOut(page);
    await indicator.click();
    await expect(entries.first()).toBeVisible();
    await expect(page.getByTestId("outbox-retry")).toHaveCount(0);
    await expect(page.getByTestId("outbox-discard")).toHaveCount(0);
    await expect(page.getByTestId("outbox-sign-in-hint").first()).toHaveText(language === "en" ? /sign in/ : /prijavite se/);
    // The drawer has slid in whole before it is looked at.
    await expect(page.getByTestId("outbox-panel")).toBeInViewport({ ratio: 1 });
    for (const size of [{ width: 1920, height: 1080 }, NARROW]) {
      await page.setViewportSize(size);
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${SCREENS}/outbox-read-only-${language}-${size.width}.png` });
    }

    // Leave no refused row behind for the specs that follow.
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("outbox-panel")).toHaveCount(0);
    await signIn(page, "supervisor");
    const open = await callContract(page, "listActions", {});
    for (const entry of "result" in open ? (open.result as OutboxEntry[]) : []) {
      if (entry.target === mode.id) expect(await callContract(page, "discardAction", { outboxId: entry.id, reason: "e2e: cleanup" })).toHaveProperty("result");
    }
    await signOut(page);
  });
}
