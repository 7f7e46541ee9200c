/**
 * Reaching one asset on the clustered city map the way an operator does: the map's search, by
 * its id. The match is selected, the map flies to it and its marker is drawn on its own (a
 * selected asset is never hidden in a cluster), with its popup open.
 */
import { expect, type Locator, type Page } from "@playwright/test";
import type { AssetInfo } from "../../contract/api";
import { callContract } from "./sign-in";

export async function openAssetOnMap(page: Page, assetId: string): Promise<Locator> {
  const input = page.getByTestId("map-search-input");
  await input.fill(assetId);
  await expect(page.locator(`[data-testid=map-search-match][data-asset-id="${assetId}"]`).first()).toBeVisible({ timeout: 30_000 });
  await input.press("Enter");
  const marker = page.locator(`[data-testid=city-map] .asset-marker[data-asset-id="${assetId}"]`);
  await expect(marker).toHaveClass(/asset-selected/, { timeout: 15_000 });
  return marker;
}

/**
 * Moves the map (`move`: a drag, a zoom, a click on a group) and waits until it has landed and
 * drawn the new view. Live data redraws too, so this waits for the drawn view to change (or for
 * `landed`, such as a group spread in place), never for just any redraw: under load a data redraw
 * came before the zoom had begun, and the next step clicked a group on its way out of the view.
 */
export async function moveMap(page: Page, move: () => Promise<void>, landed?: () => Promise<boolean>): Promise<void> {
  const map = page.getByTestId("city-map");
  const before = await map.getAttribute("data-view");
  await move();
  await expect
    .poll(async () => (await map.getAttribute("data-view")) !== before || ((await landed?.()) ?? false), { timeout: 30_000 })
    .toBe(true);
  await expect(page.locator(".leaflet-pan-anim, .leaflet-zoom-anim")).toHaveCount(0);
}

/**
 * The group nearest the map's centre among those inside its box: one drawn in the margin beyond
 * the view lies under the top bar or a side panel, where no person could click it either.
 */
export async function centralGroup(page: Page): Promise<Locator> {
  const map = page.getByTestId("city-map");
  const id = await map.locator(".asset-cluster").evaluateAll((els) => {
    const box = els[0]?.closest("[data-testid=city-map]")?.getBoundingClientRect();
    if (!box) return null;
    const mid = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    };
    const inside = els.filter((e) => {
      const m = mid(e);
      return m.x > box.left + 20 && m.x < box.right - 20 && m.y > box.top + 20 && m.y < box.bottom - 20;
    });
    const d = (e: Element) => Math.hypot(mid(e).x - (box.x + box.width / 2), mid(e).y - (box.y + box.height / 2));
    return inside.sort((a, b) => d(a) - d(b))[0]?.getAttribute("data-cluster-id") ?? null;
  });
  expect(id, "a group inside the map's view").not.toBeNull();
  return map.locator(`.asset-cluster[data-cluster-id="${id}"]`);
}

/** Markers and clusters drawn on the map now (what a view shows of the city). */
export function drawnOnMap(page: Page): Locator {
  return page.locator("[data-testid=city-map] :is(.asset-marker, .asset-cluster)");
}

/**
 * A lone asset's marker to click. At the city zoom most assets sit in clusters: when none stands
 * alone in view, clusters are expanded (clicked) until one does.
 */
export async function someMarker(page: Page): Promise<Locator> {
  const markers = page.locator("[data-testid=city-map] .asset-marker");
  await expect(drawnOnMap(page).first()).toBeAttached({ timeout: 30_000 });
  for (let i = 0; i < 6 && (await markers.count()) === 0; i++) {
    const group = await centralGroup(page);
    await moveMap(page, () => group.click(), async () => (await markers.count()) > 0);
  }
  await expect(markers.first()).toBeAttached();
  return markers.first();
}

/** An asset whose first tag is a number with a unit (a reading, not a mode or a text). */
export async function assetWithReading(page: Page): Promise<string> {
  let id: string | null = null;
  await expect
    .poll(async () => {
      const answer = await callContract(page, "listAssets", {});
      const assets = "result" in answer ? (answer.result as AssetInfo[]) : [];
      id = assets.find((a) => a.tags[0]?.unit)?.id ?? null;
      return id;
    }, { timeout: 60_000 })
    .not.toBeNull();
  return id!;
}

/** A lighting cabinet of the site, once the model lists one (its Mode and circuit take commands). */
export async function lightingCabinet(page: Page): Promise<AssetInfo> {
  let cabinet: AssetInfo | undefined;
  await expect
    .poll(async () => {
      const answer = await callContract(page, "listAssets", {});
      cabinet = "result" in answer ? (answer.result as AssetInfo[]).find((a) => a.type === "LightingCabinet") : undefined;
      return !!cabinet;
    }, { timeout: 60_000 })
    .toBe(true);
  return cabinet!;
}
