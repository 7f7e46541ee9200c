/**
 * The alarm detail in a real browser on host mode: a click on a row opens it beside the list with
 * the alarm's state, its history from the journal and the live values of its asset; "show on map"
 * moves the map of a second window (?role=map, same token) onto the asset; Escape closes it and
 * the keyboard is back on the row. Screenshots in Serbian and English at two sizes.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import fs from "node:fs";
import { HOST_URL_FILE } from "./host-setup";
import { signIn, signOut } from "./sign-in";
import { drawnOnMap } from "./map-asset";

const SCREENS = "/work/screens";
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 800 },
];
const hostUrl = () => fs.readFileSync(HOST_URL_FILE, "utf8").trim();

/** An unacknowledged alarm of an asset on the map, pinned by id (the list reorders as events come). */
async function pickRow(page: Page): Promise<{ id: string; row: Locator }> {
  const rows = page.locator('[data-testid=alarm-row][data-stale="false"]');
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  const id = (await rows.first().getAttribute("data-alarm-id"))!;
  return { id, row: page.locator(`[data-testid=alarm-row][data-alarm-id="${id}"]`) };
}

/** How far (px) a marker's centre is from the centre of its map. */
async function offCentre(page: Page, assetId: string): Promise<number> {
  const map = await page.getByTestId("city-map").boundingBox();
  // Not drawn on its own (inside a cluster at this zoom): not in the middle either.
  const drawn = page.locator(`.asset-marker[data-asset-id="${assetId}"]`);
  if ((await drawn.count()) === 0) return Number.POSITIVE_INFINITY;
  const marker = await drawn.boundingBox();
  if (!map || !marker) return Number.POSITIVE_INFINITY;
  return Math.hypot(marker.x + marker.width / 2 - (map.x + map.width / 2), marker.y + marker.height / 2 - (map.y + map.height / 2));
}

async function screenshots(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${SCREENS}/${name}-${size.width}.png` });
  }
  await page.setViewportSize({ width: 1600, height: 900 });
}

test("the detail shows state, history and live values; show on map moves a map window; Escape closes it", async ({ page, context }) => {
  fs.mkdirSync(SCREENS, { recursive: true });
  await page.goto(hostUrl());
  await signIn(page, "operator");
  try {
    const { id, row } = await pickRow(page);
    await row.click();

    const detail = page.getByTestId("alarm-detail");
    await expect(detail).toBeVisible();
    await expect(detail).toHaveAttribute("data-alarm-id", id);
    // Beside the list: the clicked row stays in view, not under the detail.
    const [rowBox, detailBox] = [await row.boundingBox(), await detail.boundingBox()];
    expect(rowBox!.x + rowBox!.width).toBeLessThanOrEqual(detailBox!.x + 1);

    // Its state in ISA-18.2 words, as the row says it (the row adds a badge of its own).
    await expect(page.getByTestId("detail-state")).toHaveText(/^(Aktivan|Vraćen u normalu) · /);
    await expect(row.getByTestId("alarm-state")).toContainText(await page.getByTestId("detail-state").innerText());
    // This condition's history from the journal.
    await expect(page.getByTestId("detail-history")).toHaveAttribute("data-status", "ready", { timeout: 15_000 });
    await expect(page.getByTestId("detail-history-row").first()).toBeVisible();
    // The asset's live values: every tag gets a value from the core.
    const values = page.getByTestId("detail-values");
    await expect(values.getByTestId("tag-row").first()).toBeVisible();
    await expect(values.locator('[data-testid=tag-row][data-quality="none"]')).toHaveCount(0, { timeout: 15_000 });
    // An operator may acknowledge an unacknowledged alarm, not shelve it.
    const actions = page.getByTestId("detail-action");
    await expect(actions.first()).toBeVisible();
    await expect(page.locator('[data-testid=detail-action][data-action="shelve"]')).toHaveCount(0);
    await screenshots(page, "detail-sr");

    // A map wall opened with the same token.
    const assetId = (await detail.getAttribute("data-asset-id"))!;
    expect(assetId).not.toBe("");
    const wall = await context.newPage();
    await wall.goto(`${hostUrl()}&role=map`);
    await expect.poll(() => drawnOnMap(wall).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect(wall.locator(".asset-marker.asset-selected")).toHaveCount(0);
    const before = await offCentre(wall, assetId);

    await page.getByTestId("detail-show-on-map").click();
    await expect(page.getByTestId("detail-status")).not.toBeEmpty();
    // The wall flies there: the asset selected, its values open, its marker in the middle of the map.
    await expect(wall.locator(".asset-marker.asset-selected")).toHaveAttribute("data-asset-id", assetId, { timeout: 10_000 });
    await expect(wall.getByTestId("value-panel").getByTestId("tag-row").first()).toBeVisible();
    await expect.poll(() => offCentre(wall, assetId), { timeout: 10_000 }).toBeLessThan(30);
    expect(before).toBeGreaterThan(30);
    // Once the flight has landed (no zoom animation running), it stays there.
    await expect(wall.locator(".leaflet-zoom-anim")).toHaveCount(0);
    await wall.waitForTimeout(500);
    expect(await offCentre(wall, assetId)).toBeLessThan(30);
    await wall.screenshot({ path: `${SCREENS}/detail-map-window-sr-1600.png` });
    await wall.close();

    // English.
    await page.getByTestId("language-en").click();
    await expect(page.getByTestId("detail-history")).toContainText("History of this alarm");
    await screenshots(page, "detail-en");
    await page.getByTestId("language-sr-Latn").click();

    // Escape closes the detail and the keyboard is on the alarm's row.
    await page.getByTestId("detail-show-on-map").focus();
    await page.keyboard.press("Escape");
    await expect(detail).toBeHidden();
    await expect(row).toBeFocused();
  } finally {
    await signOut(page);
  }
});
