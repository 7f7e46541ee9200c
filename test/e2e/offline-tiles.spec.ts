/**
 * Offline map tiles in a real browser, on a host of its own whose site names a tile server of
 * our own on loopback (it renders a PNG per z/x/y). A maintenance engineer imports an MBTiles
 * file through the Field dialog and the map then asks our /tiles/ route for its tiles and shows
 * them under the outline; then downloads a district's tiles with the progress bar, the tile
 * server is stopped, and after a reload the map still shows the downloaded tiles from our route.
 */
import { expect, test, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClientPki, ownCertificateFile, trustServerCertificate } from "../../main/core/connections/pki";
import { DEFAULT_SITE_FILE } from "../../main/core/sites/default-site";
import { latToTileY, lonToTileX } from "../../main/core/tiles/tile-grid";
import { startSimulator, type RunningSimulator } from "../../main/simulator/index";
import { renderTile } from "../integration/tiles/png-tile";
import { startTileServer, type TileServer } from "../integration/tiles/tile-server";
import { startHostProcess, type HostProcess } from "./host-process";

const SCREENS = "/work/screens/tiles";
let dir: string;
let sim: RunningSimulator;
let tiles: TileServer;
let host: HostProcess;
let mbtiles: string;

test.describe.configure({ mode: "serial" });

/** An MBTiles file over the Niš view at zooms 12 and 13, written with plain SQL, rows in TMS order. */
function writeNisMbtiles(file: string): number {
  const db = new Database(file);
  db.exec("CREATE TABLE metadata (name TEXT, value TEXT); CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB); CREATE UNIQUE INDEX t ON tiles (zoom_level, tile_column, tile_row);");
  const meta = { name: "Niš", format: "png", minzoom: "12", maxzoom: "13", bounds: "21.70,43.20,22.15,43.43", attribution: "Test tiles" };
  for (const [n, v] of Object.entries(meta)) db.prepare("INSERT INTO metadata VALUES (?, ?)").run(n, v);
  let count = 0;
  const put = db.prepare("INSERT INTO tiles VALUES (?, ?, ?, ?)");
  db.transaction(() => {
    for (const z of [12, 13]) {
      for (let x = lonToTileX(21.7, z); x <= lonToTileX(22.15, z); x++) {
        for (let y = latToTileY(43.43, z); y <= latToTileY(43.2, z); y++) {
          put.run(z, x, 2 ** z - 1 - y, renderTile(z, x, y));
          count++;
        }
      }
    }
  })();
  db.close();
  return count;
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-tiles-e2e-"));
  const dataDir = path.join(dir, "data");
  mbtiles = path.join(dir, "nis-test.mbtiles");
  writeNisMbtiles(mbtiles);
  tiles = await startTileServer();
  sim = await startSimulator({ seed: 5, pkiDir: path.join(dir, "sim-pki"), services: ["air", "lighting"] });
  const pki = await createClientPki(path.join(dataDir, "pki"));
  await trustServerCertificate(pki, sim.certificateFile);
  await sim.trustClientCertificate(ownCertificateFile(path.join(dataDir, "pki")));
  const nis = JSON.parse(fs.readFileSync(DEFAULT_SITE_FILE, "utf8")) as Record<string, unknown>;
  const keep = ["id", "name", "centre", "zoom", "services", "user", "users", "positions", "permissions"];
  const site = {
    ...Object.fromEntries(keep.filter((k) => k in nis).map((k) => [k, nis[k]])),
    tileUrl: tiles.template,
    tileDownload: { requestsPerSecond: 25 },
    endpoints: [
      {
        id: "nis-city",
        url: sim.endpointUrl,
        securityMode: "SignAndEncrypt",
        securityPolicy: "Basic256Sha256",
        samplingIntervalMs: 0,
        credentials: { user: "supervisor", passwordEnv: "CCR_E2E_TILES_PASSWORD" },
      },
    ],
  };
  const siteFile = path.join(dir, "site.json");
  fs.writeFileSync(siteFile, JSON.stringify(site));
  host = await startHostProcess(["--data", dataDir, "--site", siteFile], { CCR_E2E_TILES_PASSWORD: "supervisor-nis" });
  fs.mkdirSync(SCREENS, { recursive: true });
});

test.afterAll(async () => {
  await host?.kill();
  await sim?.stop();
  await tiles?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function signInMaintenance(page: Page): Promise<void> {
  const control = page.getByTestId("session-control");
  await expect(control).toBeVisible({ timeout: 60_000 });
  if ((await control.getAttribute("data-login")) === "maintenance") return;
  if ((await control.getAttribute("data-signed-in")) === "true") await page.getByTestId("sign-out-button").click();
  await page.getByTestId("sign-in-button").click();
  await page.keyboard.type("maintenance");
  await page.getByTestId("sign-in-password").fill("maintenance-nis");
  await page.keyboard.press("Enter");
  await expect(control).toHaveAttribute("data-login", "maintenance", { timeout: 30_000 });
}

/** Map tiles the page shows from our route, loaded (Leaflet marks them so when the image arrived). */
const ourTiles = (page: Page) => page.locator('[data-testid="city-map"] img.leaflet-tile-loaded[src*="tiles/"]');

test("an imported MBTiles file is the map's basemap, served by our route, under the outline", async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.addInitScript(() => localStorage.setItem("ccr.language", "en"));
  const answers: { url: string; status: number; type: string | undefined }[] = [];
  page.on("response", (r) => {
    if (new URL(r.url()).pathname.startsWith("/tiles/")) answers.push({ url: r.url(), status: r.status(), type: r.headers()["content-type"] });
  });
  await page.goto(host.url);
  await signInMaintenance(page);
  await expect(ourTiles(page)).toHaveCount(0);

  await page.getByTestId("field-button").click();
  await expect(page.getByTestId("field-dialog")).toBeVisible();
  await page.getByTestId("field-import-path").fill(path.join(dir, "not-there.mbtiles"));
  await page.getByTestId("field-import").click();
  await expect(page.getByTestId("field-import-said")).toContainText("cannot be read");
  await page.getByTestId("field-import-path").fill(mbtiles);
  await page.getByTestId("field-import").click();
  await expect(page.getByTestId("field-import-said")).toContainText("Imported nis-test.mbtiles: zoom 12–13");
  await expect(page.getByTestId("field-files")).toContainText("nis-test.mbtiles");
  await page.keyboard.press("Escape");

  await expect.poll(() => ourTiles(page).count(), { timeout: 30_000 }).toBeGreaterThan(4);
  const ok = answers.filter((a) => a.status === 200);
  expect(ok.length).toBeGreaterThan(4);
  expect(ok.every((a) => a.type === "image/png" && new URL(a.url).searchParams.get("token") !== null)).toBe(true);
  // The tile server was not asked for the basemap: our file replaced it.
  const before = tiles.requests.length;
  await page.mouse.move(900, 500);
  await page.mouse.wheel(0, -300);
  await page.waitForTimeout(1500);
  expect(tiles.requests.length).toBe(before);
  // The outline's pane stays above the tile pane.
  const [tilePane, outlinePane] = await page.evaluate(() => [".leaflet-tile-pane", ".leaflet-outline-pane"].map((s) => Number(getComputedStyle(document.querySelector(s)!).zIndex)));
  expect(outlinePane).toBeGreaterThan(tilePane!);
  await expect(page.locator(".leaflet-outline-pane path").first()).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/e2e-imported-en-1920.png` });
});

test("a district's tiles download with a progress bar, and stay on the map after the tile server is gone", async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);
  await signInMaintenance(page);
  await page.getByTestId("field-button").click();
  await expect(page.getByTestId("field-dialog")).toBeVisible();
  await page.getByTestId("field-districts").getByText("Medijana").click();
  await page.locator("#field-zoom-from").selectOption("13");
  await page.locator("#field-zoom-to").selectOption("14");
  await expect(page.getByTestId("field-estimate")).toContainText(/Pločice mape: \d+/);
  const asked = tiles.requests.length;
  await page.getByTestId("field-tiles-only").click();
  const progress = page.getByTestId("field-progress");
  await expect(progress).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/e2e-download-progress-sr-Latn-1280.png` });
  await expect(progress).toHaveAttribute("data-state", "done", { timeout: 180_000 });
  const total = Number(await progress.getAttribute("data-total"));
  expect(total).toBeGreaterThan(0);
  expect(tiles.requests.length - asked).toBe(total);
  await expect(page.getByTestId("field-files")).toContainText(/Preuzeto: pločice \d+, uvećanje 13–14/);
  await page.screenshot({ path: `${SCREENS}/e2e-download-done-sr-Latn-1280.png` });

  await tiles.close();
  await page.reload();
  await expect(page.getByTestId("city-map")).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => ourTiles(page).count(), { timeout: 30_000 }).toBeGreaterThan(4);
  await page.screenshot({ path: `${SCREENS}/e2e-offline-map-sr-Latn-1280.png` });
});
