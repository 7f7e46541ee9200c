/**
 * The UI offers only what the signed-in person's role may do, and the core refuses the rest when
 * called directly: an operator is not offered Shelve and a shelveAlarm sent anyway is refused;
 * a supervisor shelves an alarm for 15 minutes with a reason, sees it shelved, and unshelves it.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import fs from "node:fs";
import { HOST_URL_FILE } from "./host-setup";
import { callContract, signIn, signOut } from "./sign-in";

const hostUrl = () => fs.readFileSync(HOST_URL_FILE, "utf8").trim();

/** An alarm that is in service and not shelved, pinned by its id (the list reorders while we work). */
async function pickAlarm(page: Page): Promise<{ id: string; row: Locator }> {
  const candidates = page.locator('[data-testid=alarm-row][data-shelved="false"][data-stale="false"]');
  await expect(candidates.first()).toBeVisible({ timeout: 30_000 });
  const id = (await candidates.first().getAttribute("data-alarm-id"))!;
  return { id, row: page.locator(`[data-testid=alarm-row][data-alarm-id="${id}"]`) };
}

/** Opens the row's actions menu from the keyboard: focus the row, press Shift+F10. */
async function openMenuByKeyboard(page: Page, row: Locator): Promise<Locator> {
  await row.focus();
  await page.keyboard.press("Shift+F10");
  const menu = page.getByTestId("alarm-menu");
  await expect(menu).toBeVisible();
  // The first item has the focus, so arrows and Enter work at once.
  await expect(menu.locator("[role=menuitem]").first()).toBeFocused();
  return menu;
}

test("an operator is not offered Shelve and is refused if sent; a supervisor shelves for 15 minutes with a reason and unshelves", async ({ page }) => {
  await page.goto(hostUrl());

  // Read-only until someone signs in: the core refuses a shelve outright.
  await signOut(page);
  const { id, row } = await pickAlarm(page);
  const anonymous = await callContract(page, "shelveAlarm", { alarmId: id, kind: "timed", durationMs: 60_000, reason: "e2e: nobody signed in" });
  expect(anonymous).toMatchObject({ error: { code: "forbidden" } });

  // An operator: may acknowledge and comment, not shelve.
  await signIn(page, "operator");
  let menu = await openMenuByKeyboard(page, row);
  await expect(menu.getByTestId("alarm-action-comment")).toBeVisible();
  await expect(menu.getByTestId("alarm-action-shelve")).toHaveCount(0);
  await expect(menu.getByTestId("alarm-action-disable")).toHaveCount(0);
  await page.screenshot({ path: "test-results/e2e/alarm-actions-operator-menu.png" });
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();

  // Sent anyway, as a window ignoring the UI would: the core refuses it for this role.
  const refused = await callContract(page, "shelveAlarm", { alarmId: id, kind: "timed", durationMs: 60_000, reason: "e2e: operator tries" });
  expect(refused).toMatchObject({ error: { code: "forbidden" } });
  await page.waitForTimeout(1000);
  await expect(row).toHaveAttribute("data-shelved", "false");

  // A supervisor shelves it for 15 minutes with a reason.
  await signOut(page);
  await signIn(page, "supervisor");
  await expect(page.getByTestId("current-role")).toHaveText("Supervizor");
  menu = await openMenuByKeyboard(page, row);
  await menu.getByTestId("alarm-action-shelve").click();
  const dialog = page.getByTestId("shelve-dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByTestId("shelve-15").check();
  // The reason is required: no shelve without it.
  await expect(page.getByTestId("shelve-submit")).toBeDisabled();
  await dialog.getByTestId("shelve-reason").fill("Radovi na objektu — e2e");
  await page.screenshot({ path: "test-results/e2e/alarm-actions-shelve-dialog.png" });
  await page.getByTestId("shelve-submit").click();
  await expect(dialog).toBeHidden();
  // Focus is back in the list, on the row the action was about.
  await expect(row).toBeFocused();

  // The row shows shelved once the server's event says so ("Odložen do HH:MM" when the core
  // knows the end: the unit tests cover that wording).
  await expect(row).toHaveAttribute("data-shelved", "true", { timeout: 15_000 });
  await expect(row.getByTestId("alarm-state")).toContainText("Odložen");
  await page.screenshot({ path: "test-results/e2e/alarm-actions-shelved.png" });

  // Unshelve from the same menu: it is back.
  menu = await openMenuByKeyboard(page, row);
  await expect(menu.getByTestId("alarm-action-shelve")).toHaveCount(0);
  await menu.getByTestId("alarm-action-unshelve").click();
  await expect(row).toHaveAttribute("data-shelved", "false", { timeout: 15_000 });
  await expect(row.getByTestId("alarm-state")).not.toContainText("Odložen");

  await signOut(page);
});
