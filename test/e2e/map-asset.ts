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
    const seq = await page.getByTestId("city-map").getAttribute("data-render-seq");
    await page.locator("[data-testid=city-map] .asset-cluster").first().click();
    await expect(page.getByTestId("city-map")).not.toHaveAttribute("data-render-seq", seq ?? "", { timeout: 10_000 });
    await expect(page.locator(".leaflet-zoom-anim")).toHaveCount(0);
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
