/**
 * The first live slice in a real browser: map markers from the simulator, a live value panel,
 * an active alarm acknowledged with a comment by a signed-in operator, and the acknowledged
 * state coming back from the server's next event.
 */
import { expect, test } from "@playwright/test";
import fs from "node:fs";
import { HOST_URL_FILE } from "./host-setup";
import { drawnOnMap, openAssetOnMap, someMarker } from "./map-asset";
import { signIn, signOut } from "./sign-in";

const hostUrl = () => fs.readFileSync(HOST_URL_FILE, "utf8").trim();

test("map, values and alarm acknowledge round trip through the OPC UA server", async ({ page }) => {
  await page.goto(hostUrl());

  // The Niš site speaks Serbian (Latin) by default.
  await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "connected", { timeout: 30_000 });
  await expect(page.getByTestId("connection-state")).toHaveText("Povezano");
  await expect.poll(() => drawnOnMap(page).count(), { timeout: 30_000 }).toBeGreaterThan(3);

  // Selecting an asset shows its live tags.
  await (await someMarker(page)).click({ force: true });
  const tagRows = page.getByTestId("value-panel").getByTestId("tag-row");
  await expect.poll(() => tagRows.count(), { timeout: 15_000 }).toBeGreaterThan(0);

  // An active, unacknowledged alarm from the simulator.
  const unacked = page.locator('[data-testid=alarm-row][data-acked="false"][data-active="true"]');
  await expect(unacked.first()).toBeVisible({ timeout: 30_000 });
  // Pin the row by its id: new alarms may reorder the list while we work.
  const alarmId = await unacked.first().getAttribute("data-alarm-id");
  expect(alarmId).toBeTruthy();
  const row = page.locator(`[data-testid=alarm-row][data-alarm-id="${alarmId}"]`);

  // Nobody signed in: the station is read-only and offers no acknowledge.
  await signOut(page);
  await expect(row.getByTestId("ack-button")).toHaveCount(0);
  await expect(row.getByTestId("alarm-menu-button")).toHaveCount(0);

  // The operator signs in through the top bar; the row now offers Ack.
  await signIn(page, "operator");
  await expect(page.getByTestId("current-role")).toHaveText("Operater");

  await page.screenshot({ path: "test-results/e2e/live-slice-before-ack.png" });

  await expect(row.getByTestId("ack-button")).toHaveText("Potvrdi");
  await row.getByTestId("ack-button").click();
  await page.getByTestId("ack-comment").fill("Crew dispatched — e2e check");
  await page.getByTestId("ack-submit").click();

  // The row flips only when the server's event says so.
  await expect(row).toHaveAttribute("data-acked", "true", { timeout: 15_000 });
  await expect(row).toContainText("Crew dispatched");
  await expect(row.getByTestId("alarm-state")).toContainText("Potvrđen");

  await page.screenshot({ path: "test-results/e2e/live-slice.png" });
  await signOut(page);
});

test("the page refuses to load without the token", async ({ page }) => {
  const url = new URL(hostUrl());
  url.searchParams.delete("token");
  const response = await page.goto(url.toString());
  expect(response?.status()).toBe(403);
});

test("a map window (the Electron shell's extra displays, or a video wall) shows the map without the alarm list", async ({ page }) => {
  await page.goto(`${hostUrl()}&role=map`);
  await expect.poll(() => drawnOnMap(page).count(), { timeout: 30_000 }).toBeGreaterThan(3);
  await expect(page.getByTestId("alarm-panel")).toHaveCount(0);
  await expect(page.getByTestId("value-panel")).toBeVisible();
  // A map window acts on nothing: no sign-in, no outbox, no alarm actions.
  await expect(page.getByTestId("session-control")).toBeVisible();
  await expect(page.getByTestId("sign-in-button")).toHaveCount(0);
  await expect(page.getByTestId("sign-out-button")).toHaveCount(0);
  await expect(page.getByTestId("ack-button")).toHaveCount(0);
  await expect(page.getByTestId("alarm-menu-button")).toHaveCount(0);
  await page.screenshot({ path: "test-results/e2e/map-window.png" });
});

test("the language switch changes every text, keeps server texts as sent, and is remembered on this workstation", async ({ page }) => {
  await page.goto(hostUrl());
  const state = page.getByTestId("connection-state");
  await expect(state).toHaveAttribute("data-state", "connected", { timeout: 30_000 });
  await expect(page.locator("html")).toHaveAttribute("lang", "sr-Latn");
  const siteName = await page.getByTestId("site-name").textContent();

  await page.getByTestId("language-sr-Cyrl").click();
  await expect(state).toHaveText("Повезано");
  await expect(page.getByTestId("alarm-panel").locator(".panel-title")).toHaveText("Аларми");
  await expect(page.locator("html")).toHaveAttribute("lang", "sr-Cyrl");
  // The site's name is server text: not transliterated.
  await expect(page.getByTestId("site-name")).toHaveText(siteName!);

  await page.getByTestId("language-en").click();
  await expect(state).toHaveText("Connected");
  await page.reload();
  await expect(page.getByTestId("connection-state")).toHaveText("Connected", { timeout: 30_000 });
  await expect(page.getByTestId("language-en")).toHaveAttribute("aria-checked", "true");

  // A map window on the same workstation opens in the chosen language and has the switch too.
  await page.goto(`${hostUrl()}&role=map`);
  await expect(page.getByTestId("connection-state")).toHaveText("Connected", { timeout: 30_000 });
  await page.getByTestId("language-sr-Latn").click();
  await expect(page.getByTestId("connection-state")).toHaveText("Povezano");
});

test("a server's 100,000-character name and a right-to-left override are isolated, capped and readable", async ({ page }) => {
  const longName = `Crpna stanica ${"N".repeat(100_000)}`;
  const spoof = "Izveštaj_\u202Egnp.exe";
  // Rename two assets in the core's answers, as a foreign OPC UA server might name them.
  const renamed: string[] = [];
  await page.routeWebSocket(/\/api\?token=/, (ws) => {
    const server = ws.connectToServer();
    server.onMessage((raw) => {
      const message = JSON.parse(String(raw));
      const assets = message.kind === "result" && Array.isArray(message.result) && message.result[0]?.tags ? message.result : null;
      if (assets && assets.length > 1) {
        // Two assets far apart, so neither marker lies under the other's.
        const far = (a: { lat: number; lon: number }) => (a.lat - assets[0].lat) ** 2 + (a.lon - assets[0].lon) ** 2;
        const other = assets.reduce((best: { lat: number; lon: number }, a: { lat: number; lon: number }) => (far(a) > far(best) ? a : best));
        assets[0].name = longName;
        other.name = spoof;
        renamed.splice(0, 2, assets[0].id, other.id);
      }
      ws.send(JSON.stringify(message));
    });
  });
  await page.goto(hostUrl());
  await expect.poll(() => drawnOnMap(page).count(), { timeout: 30_000 }).toBeGreaterThan(3);

  // Found by id with the map's search, which selects it (the name is the server's, the id ours).
  await openAssetOnMap(page, renamed[0]!);
  const title = page.getByTestId("asset-title").locator("bdi").first();
  await expect(title).toHaveAttribute("dir", "auto");
  expect((await title.textContent())!.length).toBe(500);
  const panel = await page.getByTestId("value-panel").boundingBox();
  expect(panel!.width).toBeLessThan(600);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1600);
  // The whole name is there on demand.
  await page.getByTestId("asset-title").getByTestId("server-text-more").click();
  await expect(page.getByTestId("server-text-full")).toContainText("N".repeat(1000));
  await page.screenshot({ path: "test-results/e2e/long-name.png" });
  await page.keyboard.press("Escape");

  await openAssetOnMap(page, renamed[1]!);
  const spoofed = page.getByTestId("asset-title").locator("bdi").first();
  await expect(spoofed).toHaveText("Izveštaj_gnp.exe");
  await expect(page.getByTestId("asset-title").getByTestId("server-text-controls")).toBeVisible();
  await page.screenshot({ path: "test-results/e2e/rlo-name.png" });
});
