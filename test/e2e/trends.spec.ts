/**
 * Trends in a real browser on host mode: an asset's "Trend" opens the trends view with its tags
 * as pens, drawn from the historian; pens are picked by searching the asset model, a preset and
 * "earlier" change the range, and the pens come back after a reload.
 */
import { expect, test } from "@playwright/test";
import fs from "node:fs";
import { HOST_URL_FILE } from "./host-setup";
import { someMarker } from "./map-asset";

const hostUrl = () => fs.readFileSync(HOST_URL_FILE, "utf8").trim();
const SCREENS = "/work/screens";

test("an asset's trend, pens from the model, presets, earlier, and pens kept over a reload", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(hostUrl());
  await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "connected", { timeout: 60_000 });
  await (await someMarker(page)).click({ force: true });
  const tags = await page.getByTestId("value-panel").getByTestId("tag-row").count();
  expect(tags).toBeGreaterThan(0);
  await page.getByTestId("open-trend").click();
  await expect(page.getByTestId("trend-view")).toBeVisible();
  expect(new URL(page.url()).searchParams.get("view")).toBe("trends");
  await expect(page.getByTestId("trend-pen")).toHaveCount(Math.min(tags, 8));

  // Only heating pens: the asset's go, three of a heating plant come from the search.
  for (let n = await page.getByTestId("trend-pen").count(); n > 0; n--) await page.getByTestId("trend-pen").first().getByRole("button").click();
  await expect(page.getByTestId("trend-pen")).toHaveCount(0);
  await page.getByTestId("pen-search").fill("toplana");
  const choices = page.getByTestId("pen-tag");
  await expect(choices.first()).toBeVisible();
  for (let i = 0; i < 3; i++) await choices.nth(i).check({ force: true });
  await expect(page.getByTestId("trend-pen")).toHaveCount(3);
  // The historian writes once a second and the live trend reads again every 5 s: points come.
  const chart = page.getByTestId("trend-chart");
  await expect(chart).toHaveAttribute("data-pens", "3");
  await expect.poll(async () => Number(await chart.getAttribute("data-points")), { timeout: 30_000 }).toBeGreaterThan(2);
  await page.getByTestId("trend-preset-15m").click();
  await expect(page.getByTestId("trend-range")).toHaveAttribute("data-live", "true");
  await page.screenshot({ path: `${SCREENS}/trends-sr-1920.png` });
  await page.getByTestId("trend-earlier").click();
  await expect(page.getByTestId("trend-range")).toHaveAttribute("data-live", "false");

  await page.reload();
  await expect(page.getByTestId("trend-pen")).toHaveCount(3, { timeout: 30_000 });
});
