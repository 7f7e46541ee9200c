/**
 * The Audit view in a real browser on a host of its own (one embedded water simulator): a
 * supervisor is offered it in the view switch, sees the chain intact with their sign-in in it;
 * the store file is then edited beside the running host as an attacker would (guards dropped,
 * an entry changed), and "Verify chain" names that entry, marks its row, and says what is wrong.
 * Each entry's detail is worded in the reader's language (Serbian, then English).
 */
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEFAULT_SITE_FILE } from "../../main/core/sites/default-site";
import { startHostProcess, type HostProcess } from "./host-process";
import { signIn, signOut } from "./sign-in";

const SCREENS = "/work/screens/i18n";

let dir: string;
let host: HostProcess;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-e2e-audit-"));
  const site = JSON.parse(fs.readFileSync(DEFAULT_SITE_FILE, "utf8")) as { endpoints: { id: string }[] };
  site.endpoints = site.endpoints.filter((e) => e.id === "nis-water");
  const siteFile = path.join(dir, "site.json");
  fs.writeFileSync(siteFile, JSON.stringify(site));
  host = await startHostProcess(["--data", path.join(dir, "data"), "--site", siteFile]);
  fs.mkdirSync(SCREENS, { recursive: true });
});

test.afterAll(async () => {
  await host?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("the detail column says what was done in the reader's language", async ({ page }) => {
  await page.goto(host.url);
  await signIn(page, "supervisor");
  await page.getByTestId("view-audit").click();
  await expect(page).toHaveURL(/[?&]view=audit/);
  const details = page.locator('[data-testid="audit-row"] .audit-detail');
  // Serbian, the site's default: a sign-in reads as a Serbian sentence, not the stored English one.
  await expect(details.first()).toBeVisible({ timeout: 30_000 });
  await expect(details.filter({ hasText: /^Prijava/ }).first()).toBeVisible();
  await expect(details.filter({ hasText: /^Signed in/ })).toHaveCount(0);
  // The role is named in the reader's language too.
  await expect(page.locator('[data-testid="audit-row"]').filter({ hasText: /Prijava/ }).first()).toContainText("Supervizor");
  for (const [width, height] of [[1920, 1080], [1280, 800]]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SCREENS}/audit-sr-${width}x${height}.png` });
  }
  await page.evaluate(() => localStorage.setItem("ccr.language", "en"));
  await page.reload();
  await expect(details.filter({ hasText: /^Signed in/ }).first()).toBeVisible({ timeout: 30_000 });
  await expect(details.filter({ hasText: /^Prijava/ })).toHaveCount(0);
  for (const [width, height] of [[1920, 1080], [1280, 800]]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SCREENS}/audit-en-${width}x${height}.png` });
  }
  await page.evaluate(() => localStorage.removeItem("ccr.language"));
  await signOut(page);
});

test("a supervisor verifies the audit chain, and an entry changed in the file is named", async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem("ccr.language", "en"));
  await page.goto(host.url);
  await signOut(page);
  // Nobody signed in: the view switch does not offer the audit trail.
  await expect(page.getByTestId("view-switch")).toBeVisible();
  await expect(page.getByTestId("view-audit")).toHaveCount(0);
  await signIn(page, "supervisor");
  await page.getByTestId("view-audit").click();
  await expect(page).toHaveURL(/[?&]view=audit/);

  const chain = page.getByTestId("audit-chain");
  await expect(chain).toHaveAttribute("data-state", "intact", { timeout: 30_000 });
  const count = Number(await chain.getAttribute("data-count"));
  expect(count).toBeGreaterThanOrEqual(1);
  await expect(chain).toContainText("Chain intact");
  const first = page.locator('[data-testid="audit-row"][data-seq="1"]');
  await expect(first).toContainText("Sign-in");

  // Beside the running host, as an attacker with the file would: guards dropped, entry 1 changed.
  const db = new Database(path.join(dir, "data", "control-room.sqlite"));
  db.exec("DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;");
  db.prepare("UPDATE audit SET user_name = 'Nobody' WHERE seq = 1").run();
  db.close();

  await page.getByTestId("audit-verify").click();
  await expect(chain).toHaveAttribute("data-state", "broken", { timeout: 30_000 });
  await expect(chain).toHaveAttribute("data-seq", "1");
  await expect(chain).toHaveAttribute("data-problem", "content-changed");
  await expect(chain).toContainText("Chain broken at entry #1");
  await expect(chain).toContainText("it was changed after it was written");
  await expect(first).toHaveAttribute("data-broken", "true");
  await expect(first).toContainText("Nobody");
  fs.mkdirSync("/work/screens/audit", { recursive: true });
  await page.screenshot({ path: "/work/screens/audit/e2e-audit-broken-en.png" });
  await signOut(page);
});
