/**
 * A page whose token the host refuses says so instead of staying silently stale: the page is
 * open with a good token, the host restarts on the same port with a new one (--new-token), the
 * page asks /api/check, hears 403, stops retrying and shows its start-up error. Matched on the
 * refusal itself and test ids, not on words, since the UI speaks Serbian by default.
 */
import { expect, test } from "@playwright/test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { TOKEN_REFUSED } from "../../renderer/bridge/host";
import { startHostProcess, type HostProcess } from "./host-process";

test("after the host restarts with a new token, the open page shows that its token was refused", async ({ page }) => {
  // Two host starts (each may take up to 120 s on a loaded machine: host-process.ts), not one.
  test.setTimeout(300_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-e2e-token-"));
  const hosts: HostProcess[] = [];
  try {
    const first = await startHostProcess(["--data", dir]);
    hosts.push(first);
    const port = new URL(first.url).port;
    await page.goto(first.url);
    await expect(page.getByTestId("connection-state").first()).toHaveAttribute("data-state", /.+/, { timeout: 30_000 });

    const checks: number[] = [];
    page.on("response", (res) => {
      if (new URL(res.url()).pathname === "/api/check") checks.push(res.status());
    });
    let reloaded = false;
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) reloaded = true;
    });

    await first.kill();
    const second = await startHostProcess(["--data", dir, "--port", port, "--new-token"]);
    hosts.push(second);
    expect(new URL(second.url).searchParams.get("token")).not.toBe(new URL(first.url).searchParams.get("token"));

    // The page learns of the refusal by asking, and then stops asking (no reload into a 403 page).
    await expect.poll(() => checks.includes(403), { timeout: 30_000 }).toBe(true);
    const asked = checks.length;
    await page.waitForTimeout(5_000);
    expect(checks.length).toBe(asked);
    expect(reloaded).toBe(false);

    // What a person sees: the start-up screen for this code (its words are the renderer's, in the chosen language).
    const screen = page.getByTestId("startup-error");
    await expect(screen).toBeVisible({ timeout: 10_000 });
    await expect(screen).toHaveAttribute("data-code", TOKEN_REFUSED);
    await page.screenshot({ path: "test-results/e2e/host-token-refused.png" });
  } finally {
    for (const h of hosts) await h.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
