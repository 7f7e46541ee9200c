/**
 * Field notes offline: a crew member signs in while the servers are there (so the laptop can
 * check them later), the laptop restarts in the field with no server reachable, they write a note
 * with a photo on an asset, and it shows at once in that asset's maintenance history, kept here;
 * a file that is not an image is refused in words.
 */
import { expect, test } from "@playwright/test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEFAULT_SITE_FILE } from "../../main/core/sites/default-site";
import { startHostProcess, type HostProcess } from "./host-process";
import { openAssetOnMap, someMarker } from "./map-asset";
import { signIn } from "./sign-in";

/** A 1×1 PNG. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

test("a note written offline, with a photo, shows in the asset's maintenance history", async ({ page }) => {
  test.setTimeout(300_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-e2e-notes-"));
  const token = "notes-e2e-token-0123456789abc";
  const hosts: HostProcess[] = [];
  try {
    const live = await startHostProcess(["--data", dir], { CCR_HOST_TOKEN: token });
    hosts.push(live);
    const port = new URL(live.url).port;
    await page.goto(live.url);
    await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "connected", { timeout: 60_000 });
    // Signed in once online: offline, the laptop checks the password against that sign-in.
    await signIn(page, "operator");
    const marker = await someMarker(page);
    const assetId = await marker.getAttribute("data-asset-id");
    await page.waitForTimeout(1500); // one persistence interval
    await live.kill();

    // In the field: every utility's server out of reach.
    const site = JSON.parse(fs.readFileSync(DEFAULT_SITE_FILE, "utf8"));
    for (const endpoint of site.endpoints) {
      delete endpoint.embeddedSimulator;
      endpoint.credentials = null;
      endpoint.url = "opc.tcp://127.0.0.1:9/unreachable";
    }
    const offlineSite = path.join(dir, "offline-site.json");
    fs.writeFileSync(offlineSite, JSON.stringify(site));
    const offline = await startHostProcess(["--data", dir, "--site", offlineSite, "--port", port], { CCR_HOST_TOKEN: token });
    hosts.push(offline);
    await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", /^(error|connecting)$/, { timeout: 60_000 });
    await signIn(page, "operator");

    await openAssetOnMap(page, assetId!);
    const panel = page.getByTestId("value-panel");
    await panel.getByTestId("write-note").click();
    const dialog = page.getByTestId("note-dialog");
    await expect(dialog).toBeVisible();

    // Not an image: said in words, nothing attached.
    await dialog.getByTestId("note-photo-input").setInputFiles({ name: "izvestaj.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7") });
    await expect(dialog.getByTestId("note-photo-error")).toContainText("„izvestaj.pdf” nije slika (JPEG, PNG, WebP, GIF). Izaberite datoteku sa fotografijom.");
    await dialog.getByTestId("note-photo-input").setInputFiles({ name: "ventil.png", mimeType: "image/png", buffer: PNG });
    await expect(dialog.getByTestId("note-photo-preview")).toBeVisible();
    await expect(dialog.getByTestId("note-photo-error")).toHaveCount(0);
    const text = `Zamenjen zaptivač bez mreže ${Date.now()}`;
    await dialog.getByTestId("note-text").fill(text);
    await page.getByTestId("note-save").click();
    await expect(dialog).toBeHidden();
    await expect(page.locator(".bp6-toast")).toContainText("Beleška je sačuvana.");

    await panel.getByTestId("open-maintenance").click();
    const history = page.getByTestId("maintenance-history");
    const note = history.locator('[data-testid=maintenance-entry][data-kind=note]').first();
    await expect(note.getByTestId("maintenance-note-text")).toHaveText(text);
    await expect(note).toContainText("Ana Petrović");
    await expect(note.getByTestId("note-delivery")).toHaveAttribute("data-delivery", "local");
    await expect(note.getByTestId("note-delivery")).toHaveText("Čuva se ovde");
    await expect(note.getByTestId("note-thumb").locator("img")).toHaveAttribute("src", /^data:image\/png;base64,/);
    await page.screenshot({ path: "test-results/e2e/field-notes-history.png" });
  } finally {
    for (const h of hosts) await h.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
