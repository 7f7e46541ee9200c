/**
 * Offline is a state, not an error: when the host goes away the open window keeps the last
 * values and marks them stale; a restart with no server reachable still shows the map and the
 * last known values from the SQLite store, stale.
 */
import { expect, test } from "@playwright/test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEFAULT_SITE_FILE } from "../../main/core/sites/default-site";
import { startHostProcess, type HostProcess } from "./host-process";
import { assetWithReading, drawnOnMap, openAssetOnMap } from "./map-asset";

test("values stay on screen, stale, through a lost host and an offline restart", async ({ page }) => {
  // Two host starts (each may take up to 120 s on a loaded machine: host-process.ts), not one.
  test.setTimeout(300_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-e2e-offline-"));
  const token = "offline-e2e-token-0123456789";
  const hosts: HostProcess[] = [];
  try {
    const live = await startHostProcess(["--data", dir], { CCR_HOST_TOKEN: token });
    hosts.push(live);
    const port = new URL(live.url).port;
    await page.goto(live.url);
    // The Niš site speaks Serbian (Latin) by default.
    await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "connected", { timeout: 30_000 });
    await expect(page.getByTestId("connection-state")).toHaveText("Povezano");
    // An asset with a reading (a number to see frozen later), found with the map's search.
    const assetId = await assetWithReading(page);
    const marker = await openAssetOnMap(page, assetId);
    const rows = page.getByTestId("value-panel").getByTestId("tag-row");
    await expect(rows.first()).toHaveAttribute("data-stale", "false", { timeout: 15_000 });
    await expect(page.getByTestId("offline-strip")).toHaveCount(0);
    await expect(marker).toHaveAttribute("data-live", "true");
    await page.waitForTimeout(1500); // one persistence interval, so SQLite has these values

    // The host (core + simulator) dies under the open window.
    await live.kill();
    await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "disconnected", { timeout: 15_000 });
    await expect(page.getByTestId("connection-state")).toContainText("bez veze — poslednje poznate vrednosti");
    await expect(rows.first()).toHaveAttribute("data-stale", "true");
    // Never "Good" for a value nobody vouches for now.
    await expect(rows.first()).toHaveAttribute("data-shown-quality", "last-known");
    await expect(rows.first().locator(".tag-quality")).toHaveText("Poslednje poznato");
    // The last value stays, frozen, instead of being blanked.
    const lastValue = rows.first().getByTestId("tag-value");
    await expect(lastValue).toHaveText(/\d/);
    const frozen = await lastValue.textContent();
    await page.waitForTimeout(1500);
    await expect(lastValue).toHaveText(frozen!);

    // Restart on the same port and token with no OPC UA server reachable: the page comes back
    // by itself with the cached model and values, all stale.
    const site = JSON.parse(fs.readFileSync(DEFAULT_SITE_FILE, "utf8"));
    // Every utility's server out of reach, as on a laptop in the field.
    for (const endpoint of site.endpoints) {
      delete endpoint.embeddedSimulator;
      endpoint.credentials = null;
      endpoint.url = "opc.tcp://127.0.0.1:9/unreachable";
    }
    const offlineSite = path.join(dir, "offline-site.json");
    fs.writeFileSync(offlineSite, JSON.stringify(site));
    const offline = await startHostProcess(["--data", dir, "--site", offlineSite, "--port", port], { CCR_HOST_TOKEN: token });
    hosts.push(offline);

    // The page reloads by itself once the host answers; the new core reports its own state
    // ("connecting" / "error"), which the old page's synthetic "disconnected" never was.
    await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", /^(error|connecting)$/, { timeout: 60_000 });
    // Found again with the map's search, from the cached model (it may sit in a cluster now).
    await expect(drawnOnMap(page).first()).toBeAttached({ timeout: 30_000 });
    // The last known alarms come back from the journal, marked stale.
    const staleAlarms = page.locator('[data-testid=alarm-row][data-stale="true"]');
    await expect(staleAlarms.first()).toBeVisible();
    // The banner says the workstation works offline and names every server.
    const strip = page.getByTestId("offline-strip");
    await expect(strip).toHaveAttribute("data-offline", String(site.endpoints.length), { timeout: 30_000 });
    await expect(strip).toHaveAttribute("data-total", String(site.endpoints.length));
    await expect(strip).toContainText("Rad bez mreže");
    await expect(strip.getByTestId("offline-endpoint")).toHaveCount(site.endpoints.length);
    // Markers are all not live, and those whose last known alarms are active keep their colour.
    await expect(page.locator('[data-testid=city-map] :is(.asset-marker, .asset-cluster)[data-live="true"]')).toHaveCount(0);
    // The simulator's default day always has some active alarms on assets; offline they keep
    // their colour on the map instead of turning grey.
    await expect(page.locator('[data-testid=alarm-row][data-stale="true"][data-active="true"][data-shelved="false"]').first()).toBeVisible();
    await expect(page.locator('[data-testid=city-map] :is(.asset-marker, .asset-cluster)[data-live="false"][data-state^="alarm-"]').first()).toBeAttached();
    await openAssetOnMap(page, assetId);
    await expect(rows.first()).toHaveAttribute("data-stale", "true", { timeout: 15_000 });
    await expect(rows.first().getByTestId("tag-value")).toHaveText(/\d/);
    await expect(rows.first()).toHaveAttribute("data-shown-quality", "last-known");
    await page.screenshot({ path: "test-results/e2e/offline-restart.png" });
  } finally {
    for (const h of hosts) await h.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
