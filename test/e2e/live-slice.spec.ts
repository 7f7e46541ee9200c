/**
 * The first live slice in a real browser: map markers from the simulator, a live value panel,
 * an active alarm acknowledged with a comment, and the acknowledged state coming back from the
 * server's next event.
 */
import { expect, test } from "@playwright/test";
import fs from "node:fs";
import { HOST_URL_FILE } from "./host-setup";

const hostUrl = () => fs.readFileSync(HOST_URL_FILE, "utf8").trim();

test("map, values and alarm acknowledge round trip through the OPC UA server", async ({ page }) => {
  await page.goto(hostUrl());

  await expect(page.getByTestId("connection-state")).toContainText("Connected", { timeout: 30_000 });
  const markers = page.locator("[data-testid=city-map] .asset-marker");
  await expect.poll(() => markers.count(), { timeout: 30_000 }).toBeGreaterThan(3);

  // Selecting an asset shows its live tags.
  await markers.first().click({ force: true });
  const tagRows = page.getByTestId("value-panel").getByTestId("tag-row");
  await expect.poll(() => tagRows.count(), { timeout: 15_000 }).toBeGreaterThan(0);

  // An active, unacknowledged alarm from the simulator.
  const unacked = page.locator('[data-testid=alarm-row][data-acked="false"][data-active="true"]');
  await expect(unacked.first()).toBeVisible({ timeout: 30_000 });
  // Pin the row by its id: new alarms may reorder the list while we work.
  const alarmId = await unacked.first().getAttribute("data-alarm-id");
  expect(alarmId).toBeTruthy();
  const row = page.locator(`[data-testid=alarm-row][data-alarm-id="${alarmId}"]`);

  await page.screenshot({ path: "test-results/e2e/live-slice-before-ack.png" });

  await row.getByTestId("ack-button").click();
  await page.getByTestId("ack-comment").fill("Crew dispatched — e2e check");
  await page.getByTestId("ack-submit").click();

  // The row flips only when the server's event says so.
  await expect(row).toHaveAttribute("data-acked", "true", { timeout: 15_000 });
  await expect(row).toContainText("Crew dispatched");

  await page.screenshot({ path: "test-results/e2e/live-slice.png" });
});

test("the page refuses to load without the token", async ({ page }) => {
  const url = new URL(hostUrl());
  url.searchParams.delete("token");
  const response = await page.goto(url.toString());
  expect(response?.status()).toBe(403);
});

test("a map window (the Electron shell's extra displays, or a video wall) shows the map without the alarm list", async ({ page }) => {
  await page.goto(`${hostUrl()}&role=map`);
  const markers = page.locator("[data-testid=city-map] .asset-marker");
  await expect.poll(() => markers.count(), { timeout: 30_000 }).toBeGreaterThan(3);
  await expect(page.getByTestId("alarm-panel")).toHaveCount(0);
  await expect(page.getByTestId("value-panel")).toBeVisible();
  await page.screenshot({ path: "test-results/e2e/map-window.png" });
});
