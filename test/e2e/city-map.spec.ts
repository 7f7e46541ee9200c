/**
 * The city map at scale (issue #8 item 2) on the Niš site: a layer per service with counts that
 * match the model, toggled and kept per window; search that flies to an asset and opens its
 * popup with live values; clusters that expand to reach an asset they covered.
 */
import { expect, test, type Page } from "@playwright/test";
import fs from "node:fs";
import type { AlarmState, AssetInfo } from "../../contract/api";
import { HOST_URL_FILE } from "./host-setup";
import { centralGroup, moveMap } from "./map-asset";
import { callContract } from "./sign-in";

const hostUrl = () => fs.readFileSync(HOST_URL_FILE, "utf8").trim();
const SCREENS = "/work/screens/map";
const map = (page: Page) => page.getByTestId("city-map");

async function listAssets(page: Page): Promise<AssetInfo[]> {
  let assets: AssetInfo[] = [];
  await expect
    .poll(async () => {
      const answer = await callContract(page, "listAssets", {});
      assets = "result" in answer ? (answer.result as AssetInfo[]) : [];
      return assets.length;
    }, { timeout: 60_000 })
    .toBeGreaterThan(100);
  return assets;
}

/** Assets the map draws now: lone markers plus what the clusters hold. */
async function drawnAssets(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.querySelector("[data-testid=city-map]")!;
    const lone = root.querySelectorAll(".asset-marker").length;
    const held = [...root.querySelectorAll<HTMLElement>(".asset-cluster")].reduce((n, c) => n + Number(c.dataset.count), 0);
    return lone + held;
  });
}

/**
 * How the drawn markers and clusters sit in the map's box: all inside it, and how much of its
 * width and height their centres span (a fitted city fills one of them, less the margins).
 */
async function spread(page: Page): Promise<{ inside: boolean; width: number; height: number }> {
  return page.evaluate(() => {
    const root = document.querySelector("[data-testid=city-map]")!;
    const box = root.getBoundingClientRect();
    const centres = [...root.querySelectorAll(".asset-marker, .asset-cluster")].map((e) => {
      const r = e.getBoundingClientRect();
      return [r.x + r.width / 2, r.y + r.height / 2] as const;
    });
    const xs = centres.map((c) => c[0]);
    const ys = centres.map((c) => c[1]);
    const inside = centres.every(([x, y]) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom);
    return { inside, width: (Math.max(...xs) - Math.min(...xs)) / box.width, height: (Math.max(...ys) - Math.min(...ys)) / box.height };
  });
}

/** Waits until the map has drawn again after `before` (the view stays: a layer toggled) and no zoom animation runs. */
async function settled(page: Page, before: string | null): Promise<void> {
  await expect(map(page)).not.toHaveAttribute("data-render-seq", before ?? "", { timeout: 15_000 });
  await expect(page.locator(".leaflet-zoom-anim")).toHaveCount(0);
}

async function shoot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}/${name}.png` });
}

/** Script errors of the page, to be none at the end of each test. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  return errors;
}

test("one layer per service, counted from the model, toggled, and kept per window", async ({ page }) => {
  const errors = pageErrors(page);
  await page.goto(hostUrl());
  const assets = await listAssets(page);
  await expect(map(page).locator(".asset-cluster").first()).toBeVisible({ timeout: 30_000 });

  // First show fits every asset of the site into the window: all drawn inside it, filling its
  // width or its height.
  await expect.poll(() => drawnAssets(page), { timeout: 15_000 }).toBe(assets.length);
  const fitted = await spread(page);
  expect(fitted.inside).toBe(true);
  expect(Math.max(fitted.width, fitted.height)).toBeGreaterThan(0.55);
  const zoomHere = Number(await map(page).getAttribute("data-zoom"));
  const layers = page.getByTestId("map-layer");
  await expect(layers).toHaveCount(7);
  for (const service of ["water", "heating", "waste", "parking", "lighting", "traffic", "air"]) {
    const row = page.locator(`[data-testid=map-layer][data-service="${service}"]`);
    await expect(row.getByTestId("map-layer-total")).toHaveText(String(assets.filter((a) => a.service === service).length));
  }
  await expect(page.getByTestId("map-layers")).toContainText("Odvoz otpada");

  // Waste off: its assets leave the map (clusters count fewer), the others stay.
  const waste = assets.filter((a) => a.service === "waste").length;
  expect(waste).toBeGreaterThan(0);
  const seq = await map(page).getAttribute("data-render-seq");
  await page.locator('[data-testid=map-layer][data-service="waste"]').getByText("Odvoz otpada").click();
  await settled(page, seq);
  await expect.poll(() => drawnAssets(page)).toBe(assets.length - waste);
  await expect(map(page).locator('.asset-marker[data-service="waste"]')).toHaveCount(0);
  await shoot(page, "layers-waste-off-sr-1600");

  // The choice is this window role's: it survives a reload; a map wall keeps its own.
  await page.reload();
  await expect(page.locator('[data-testid=map-layer][data-service="waste"] input')).not.toBeChecked({ timeout: 30_000 });
  await expect.poll(() => drawnAssets(page), { timeout: 30_000 }).toBe(assets.length - waste);
  const wall = await page.context().newPage();
  await wall.setViewportSize({ width: 2560, height: 1440 });
  await wall.goto(`${hostUrl()}&role=map`);
  await expect(wall.locator('[data-testid=map-layer][data-service="waste"] input')).toBeChecked({ timeout: 30_000 });
  await expect.poll(() => drawnAssets(wall), { timeout: 30_000 }).toBe(assets.length);
  // A wall twice the size fits the city to its own size: closer in, filling it as well.
  const wallFit = await spread(wall);
  expect(wallFit.inside).toBe(true);
  expect(Math.max(wallFit.width, wallFit.height)).toBeGreaterThan(0.55);
  expect(Number(await map(wall).getAttribute("data-zoom"))).toBeGreaterThan(zoomHere);
  await wall.screenshot({ path: `${SCREENS}/wall-fitted-sr-2560.png` });
  await wall.close();

  await page.getByTestId("map-layers-all").click();
  await expect.poll(() => drawnAssets(page)).toBe(assets.length);
  expect(errors).toEqual([]);
});

test("search by name flies to the asset and its popup shows live values and open alarms", async ({ page }) => {
  const errors = pageErrors(page);
  await page.goto(hostUrl());
  const assets = await listAssets(page);
  await expect(map(page).locator(".asset-cluster").first()).toBeVisible({ timeout: 30_000 });
  // An asset hidden in a cluster at the city zoom, with a name of its own.
  const drawn = new Set(await map(page).locator(".asset-marker").evaluateAll((els) => els.map((e) => e.getAttribute("data-asset-id"))));
  const target = assets.find((a) => !drawn.has(a.id) && a.tags.slice(0, 6).some((tag) => tag.unit !== null) && assets.filter((b) => b.name === a.name).length === 1)!;
  expect(target).toBeTruthy();
  await expect(map(page).locator(`.asset-marker[data-asset-id="${target.id}"]`)).toHaveCount(0);

  // Keyboard first: "/" focuses the search, typing lists matches, Enter flies to the first.
  await page.locator("body").press("/");
  await expect(page.getByTestId("map-search-input")).toBeFocused();
  await page.keyboard.type(target.name);
  const first = page.getByTestId("map-search-match").first();
  await expect(first).toHaveAttribute("data-asset-id", target.id);
  await shoot(page, "search-sr-1600");
  const zoomBefore = Number(await map(page).getAttribute("data-zoom"));
  await page.keyboard.press("Enter");

  const marker = map(page).locator(`.asset-marker[data-asset-id="${target.id}"]`);
  await expect(marker).toHaveClass(/asset-selected/, { timeout: 15_000 });
  const popup = page.getByTestId("asset-popup");
  await expect(popup).toHaveAttribute("data-asset-id", target.id, { timeout: 15_000 });
  await expect(popup).toContainText(target.name);
  // Live values from the server, in the value panel's rows.
  const rows = popup.getByTestId("popup-value");
  await expect(rows.first()).toBeVisible();
  await expect(popup.locator('[data-testid=popup-value][data-quality="none"]')).toHaveCount(0, { timeout: 15_000 });
  await expect(popup.locator('[data-testid=popup-value][data-stale="false"]').first()).toBeVisible();
  await expect(popup.getByTestId("popup-value-text").filter({ hasText: /\d/ }).first()).toBeVisible();
  await expect(page.getByTestId("asset-title")).toContainText(target.name);
  // Flown in close enough that it stands alone, and into the middle of the map.
  await expect(page.locator(".leaflet-zoom-anim")).toHaveCount(0);
  expect(Number(await map(page).getAttribute("data-zoom"))).toBeGreaterThan(zoomBefore);
  const [box, m] = [await map(page).boundingBox(), await marker.boundingBox()];
  expect(Math.abs(m!.x + m!.width / 2 - (box!.x + box!.width / 2))).toBeLessThan(box!.width / 4);
  await shoot(page, "popup-sr-1600");

  // An asset with an active alarm shows it in its popup.
  let alarmed: string | null = null;
  await expect
    .poll(async () => {
      const answer = await callContract(page, "listAlarms", {});
      const alarms = "result" in answer ? (answer.result as AlarmState[]) : [];
      alarmed = alarms.find((a) => a.active && a.assetId)?.assetId ?? null;
      return alarmed;
    }, { timeout: 60_000 })
    .not.toBeNull();
  await page.getByTestId("map-search-input").fill(alarmed!);
  await page.getByTestId("map-search-input").press("Enter");
  await expect(popup).toHaveAttribute("data-asset-id", alarmed!, { timeout: 15_000 });
  await expect(popup.getByTestId("asset-popup-alarm").first()).toBeVisible();
  await shoot(page, "popup-alarm-sr-1600");

  // English: the same popup and search in the other language.
  await page.getByTestId("language-en").click();
  await expect(page.getByTestId("map-search-input")).toHaveAttribute("placeholder", "Find an asset by name or id");
  await expect(page.getByTestId("map-layers")).toContainText("Waste collection");
  await shoot(page, "popup-en-1600");
  await page.getByTestId("language-sr-Latn").click();
  expect(errors).toEqual([]);
});

test("a cluster expands on click and reaches an asset it covered", async ({ page }) => {
  const errors = pageErrors(page);
  await page.goto(hostUrl());
  await expect(map(page).locator(".asset-cluster").first()).toBeVisible({ timeout: 30_000 });
  const before = new Set(await map(page).locator(".asset-marker").evaluateAll((els) => els.map((e) => e.getAttribute("data-asset-id"))));
  // The biggest group in view.
  const counts = await map(page).locator(".asset-cluster").evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.count)));
  const biggest = map(page).locator(`.asset-cluster[data-count="${Math.max(...counts)}"]`).first();
  const zoom = Number(await map(page).getAttribute("data-zoom"));
  await moveMap(page, () => biggest.click());
  expect(Number(await map(page).getAttribute("data-zoom"))).toBeGreaterThan(zoom);

  // Keep opening the biggest group until lone assets appear that the city view covered.
  // Lone markers the city view did not show, in the middle of the map (not in the margin drawn
  // beyond the view, nor under the search, the layer list or the legend), nearest the centre first.
  const fresh = async () =>
    (
      await map(page)
        .locator(".asset-marker")
        .evaluateAll((els) => {
          const box = els[0]?.closest("[data-testid=city-map]")?.getBoundingClientRect();
          if (!box) return [];
          const cx = box.x + box.width / 2;
          const cy = box.y + box.height / 2;
          return els
            .map((e) => ({ id: e.getAttribute("data-asset-id"), r: e.getBoundingClientRect() }))
            .filter(({ r }) => Math.abs(r.x + r.width / 2 - cx) < box.width * 0.3 && Math.abs(r.y + r.height / 2 - cy) < box.height * 0.3)
            .sort((a, b) => Math.hypot(a.r.x - cx, a.r.y - cy) - Math.hypot(b.r.x - cx, b.r.y - cy))
            .map(({ id }) => id);
        })
    ).filter((id) => id && !before.has(id));
  for (let i = 0; i < 6 && (await fresh()).length === 0; i++) {
    const central = await centralGroup(page);
    await moveMap(page, () => central.click());
  }
  const reached = (await fresh())[0]!;
  expect(reached).toBeTruthy();
  await shoot(page, "cluster-expanded-sr-1600");
  // A real click on it (no force): nothing covers it.
  await map(page).locator(`.asset-marker[data-asset-id="${reached}"]`).click();
  await expect(map(page).locator(".asset-marker.asset-selected")).toHaveAttribute("data-asset-id", reached);
  await expect(page.getByTestId("asset-popup")).toHaveAttribute("data-asset-id", reached);
  await expect(page.getByTestId("value-panel").getByTestId("tag-row").first()).toBeVisible();
  expect(errors).toEqual([]);
});
