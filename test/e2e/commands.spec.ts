/**
 * Operator commands in a real browser on host mode: the operator signs in, opens a lighting
 * cabinet from the map, asks to switch it off, sees the confirm dialog (the cabinet, the tag, now
 * → new, a Confirm button naming the action), confirms with the keyboard and sees the new value
 * come back from the simulator. Screenshots of the dialog in Serbian and English at two sizes.
 */
import { expect, test, type Page } from "@playwright/test";
import fs from "node:fs";
import type { AssetInfo } from "../../contract/api";
import { HOST_URL_FILE } from "./host-setup";
import { callContract, signIn, signOut } from "./sign-in";
import { lightingCabinet, openAssetOnMap } from "./map-asset";

const SCREENS = "/work/screens/commands";
const hostUrl = () => fs.readFileSync(HOST_URL_FILE, "utf8").trim();


async function openAsset(page: Page, asset: AssetInfo): Promise<void> {
  // Most assets sit in clusters at the city zoom: the map's search selects it and flies there.
  await openAssetOnMap(page, asset.id);
  await expect(page.getByTestId("asset-title")).toContainText(asset.name);
}

async function putBackToAuto(page: Page, cabinet: AssetInfo): Promise<void> {
  await callContract(page, "listCommands", { assetId: cabinet.id });
  const answer = await callContract(page, "writeCommand", { tagId: cabinet.tags.find((t) => t.name === "Mode")!.id, value: "Auto" });
  expect(answer).toMatchObject({ result: { status: "done" } });
}

async function dialogShots(page: Page, language: string): Promise<void> {
  fs.mkdirSync(SCREENS, { recursive: true });
  for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 800 }]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${SCREENS}/confirm-${language}-${size.width}.png` });
  }
  await page.setViewportSize({ width: 1600, height: 900 });
}

test("an operator switches a lighting cabinet off through the confirm dialog and sees the new value", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(hostUrl());
  await signIn(page, "operator");
  try {
    const cabinet = await lightingCabinet(page);
    // The cabinet starts on its photocell, whatever an earlier run on this host left it at.
    await putBackToAuto(page, cabinet);
    await openAsset(page, cabinet);
    const row = page.getByTestId("asset-commands").locator('[data-testid=command-row][data-tag-name="Mode"]');
    await expect(row.getByTestId("command-current")).toHaveText("Auto", { timeout: 30_000 });

    // Serbian first (the site's language): the dialog names the cabinet and the change.
    await row.locator('[data-testid=command-button][data-value="ManualOff"]').click();
    const dialog = page.locator(".command-dialog");
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId("command-target")).toHaveText(`${cabinet.name} · Mode`);
    await expect(dialog.getByTestId("command-old")).toHaveText("Auto");
    await expect(dialog.getByTestId("command-new")).toHaveText("ManualOff");
    await expect(dialog.getByTestId("command-confirm")).toHaveText("Postavi Mode na ManualOff");
    // Nothing is sent by Enter alone: focus starts on Cancel.
    await expect(dialog.getByRole("button", { name: "Otkaži" })).toBeFocused();
    await dialogShots(page, "sr");
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);

    // English, and this time confirmed with the keyboard.
    await page.evaluate(() => localStorage.setItem("ccr.language", "en"));
    await page.reload();
    await openAsset(page, cabinet);
    await page.getByTestId("asset-commands").locator('[data-testid=command-row][data-tag-name="Mode"] [data-testid=command-button][data-value="ManualOff"]').click();
    await expect(dialog.getByTestId("command-confirm")).toHaveText("Set Mode to ManualOff");
    await dialogShots(page, "en");
    await page.keyboard.press("Tab");
    await expect(dialog.getByTestId("command-confirm")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(dialog).toHaveCount(0, { timeout: 30_000 });
    await expect(page.locator(".bp6-toast").filter({ hasText: "Set Mode to ManualOff" })).toContainText("the server accepted it (Good)");

    // The simulator switched the cabinet: the mode and the circuit show it, live.
    const modeValue = page.locator(`[data-testid=tag-row][data-tag-id="${cabinet.tags.find((t) => t.name === "Mode")!.id}"]`).getByTestId("tag-value");
    await expect(modeValue).toHaveText("ManualOff", { timeout: 30_000 });
    const energised = page.locator(`[data-testid=tag-row][data-tag-id="${cabinet.tags.find((t) => t.name === "Energised")!.id}"]`).getByTestId("tag-value");
    await expect(energised).toHaveText("Off", { timeout: 30_000 });
    await expect(row.getByTestId("command-current")).toHaveText("ManualOff");
    await page.screenshot({ path: `${SCREENS}/after-en-1600.png` });
  } finally {
    // A dialog left open by a failure would cover the sign-out button.
    await page.keyboard.press("Escape");
    await page.evaluate(() => localStorage.removeItem("ccr.language"));
    await signOut(page);
  }
});
