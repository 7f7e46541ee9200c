/**
 * The alarm panel as operators use it in a shift: keyboard only (focus the list, arrows, "a",
 * a comment, Enter) acknowledges an alarm and the server's state comes back with the focus still
 * in the list; "/" filters; grouping by service; a supervisor sees a shelved alarm in the Shelved
 * view and unshelves it. Then, on a host of its own, the simulator's storm: the panel in a flood
 * (screenshots in both languages, two sizes, grouped and not), the storm clears, returned alarms
 * read "Returned · Unacknowledged", and Shift+A then Shift+C clear them.
 */
import { expect, test, type Page } from "@playwright/test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startHostProcess } from "./host-process";
import { HOST_URL_FILE } from "./host-setup";
import { callContract, signIn, signOut } from "./sign-in";
import { callSimulation, simulatorUrl } from "./simulation-control";

const hostUrl = () => fs.readFileSync(HOST_URL_FILE, "utf8").trim();
const SCREENS = "/work/screens";

/** The list's one Tab stop: the cursor row. */
const tabStop = (page: Page) => page.locator("[data-testid=alarm-grid] [role=row][tabindex='0']");
const rowById = (page: Page, id: string) => page.locator(`[data-testid=alarm-row][data-alarm-id="${id}"]`);
const focusedRowId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.alarmId ?? null);

test("keyboard acknowledge, search, grouping, and the shelved view", async ({ page }) => {
  await page.goto(hostUrl());
  await signIn(page, "operator");
  const unacked = page.locator('[data-testid=alarm-row][data-acked="false"]');
  await expect(unacked.first()).toBeVisible({ timeout: 30_000 });

  // Focus the list (its single Tab stop), go to the top: unacknowledged alarms come first.
  await tabStop(page).focus();
  await page.keyboard.press("End");
  await page.keyboard.press("Home");
  const id = (await focusedRowId(page))!;
  expect(id).toBeTruthy();
  const row = rowById(page, id);
  await expect(row).toHaveAttribute("data-acked", "false");
  await expect(row).toHaveAttribute("tabindex", "0");
  await expect(page.locator("[data-testid=alarm-grid] [role=row][tabindex='0']")).toHaveCount(1);

  // "a" opens the acknowledge dialog with the comment focused; Enter sends.
  await page.keyboard.press("a");
  await expect(page.getByTestId("ack-comment")).toBeFocused();
  await page.keyboard.type("Ekipa poslata — e2e tastatura");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("ack-comment")).toBeHidden();
  // The server's acknowledged state comes back; the focus stayed on the same alarm in the list.
  await expect(row).toHaveAttribute("data-acked", "true", { timeout: 15_000 });
  await expect(row).toContainText("Ekipa poslata");
  await expect(row).toBeFocused();

  // Space marks alarms; "a" then asks for the marked ones only, with one comment.
  await page.keyboard.press("Home");
  const firstMarked = (await focusedRowId(page))!;
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowDown");
  const secondMarked = (await focusedRowId(page))!;
  await page.keyboard.press("Space");
  await expect(rowById(page, firstMarked)).toHaveAttribute("data-marked", "true");
  await expect(rowById(page, secondMarked)).toHaveAttribute("data-marked", "true");
  await expect(page.getByTestId("marked-count")).toContainText("2 označena");
  await page.keyboard.press("a");
  await expect(page.getByTestId("bulk-intro")).toContainText("2");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("bulk-dialog")).toBeHidden();
  await expect(page.getByTestId("marked-count")).toHaveCount(0);

  // Someone else acknowledges the alarm under the cursor (another window, through the contract):
  // it moves down the sort while focused, and the focus moves with it.
  await page.keyboard.press("Home");
  const otherId = (await focusedRowId(page))!;
  const moving = rowById(page, otherId);
  await expect(moving).toHaveAttribute("data-acked", "false");
  const placeBefore = await moving.getAttribute("aria-rowindex");
  expect(await callContract(page, "acknowledgeAlarm", { alarmId: otherId, comment: "e2e: drugi prozor" })).toHaveProperty("result");
  await expect(moving).toHaveAttribute("data-acked", "true", { timeout: 15_000 });
  await expect(moving).not.toHaveAttribute("aria-rowindex", placeBefore!);
  await expect(moving).toBeFocused();

  // Arrows move the cursor (and the Tab stop with it).
  await page.keyboard.press("Home");
  const first = await focusedRowId(page);
  await page.keyboard.press("ArrowDown");
  expect(await focusedRowId(page)).not.toBe(first);
  await page.keyboard.press("ArrowUp");
  expect(await focusedRowId(page)).toBe(first);

  // "/" searches: typing a word of one alarm's message narrows the list to rows holding it.
  const message = (await rowById(page, first!).getByTestId("alarm-message").textContent())!;
  const word = message.split(/\s+/).find((w) => w.length >= 5) ?? message.split(/\s+/)[0]!;
  await page.keyboard.press("/");
  await expect(page.getByTestId("alarm-search")).toBeFocused();
  await page.keyboard.type(word.toUpperCase());
  const rows = page.locator("[data-testid=alarm-row]");
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allTextContents()) expect(text.toLowerCase()).toContain(word.toLowerCase());
  await expect(page.getByTestId("alarm-shown")).toContainText(/Prikazano \d+ od \d+/);
  // Escape goes back to the list.
  await page.keyboard.press("Escape");
  await expect(tabStop(page)).toBeFocused();
  await page.getByTestId("alarm-search").fill("");

  // Grouping by service: a treegrid of group rows with counts.
  await page.getByTestId("group-by").selectOption("service");
  await expect(page.locator("[role=treegrid]")).toBeVisible();
  await expect(page.getByTestId("alarm-group").first()).toBeVisible();
  await expect(page.getByTestId("alarm-group").first()).toContainText(/\d+ alarm/);
  await page.getByTestId("group-by").selectOption("none");

  // A supervisor shelves an alarm for one minute with a reason (the dialog's shortest choice is
  // 15 minutes, so this one goes through the contract as the signed-in supervisor).
  await signIn(page, "supervisor");
  const target = page.locator('[data-testid=alarm-row][data-shelved="false"][data-stale="false"]').first();
  const shelvedId = (await target.getAttribute("data-alarm-id"))!;
  const shelved = await callContract(page, "shelveAlarm", { alarmId: shelvedId, kind: "timed", durationMs: 60_000, reason: "Radovi na objektu — e2e panel" });
  expect(shelved).toMatchObject({ result: { status: expect.stringMatching(/done|sending/) } });
  // It leaves the Active view and waits in the Shelved view, with its expiry.
  await expect(rowById(page, shelvedId)).toHaveCount(0, { timeout: 15_000 });
  await page.getByTestId("view-shelved").click();
  const inShelf = rowById(page, shelvedId);
  await expect(inShelf).toHaveAttribute("data-shelved", "true");
  // "Odložen do HH:MM" when the server reports the end (the unit tests cover that wording).
  await expect(inShelf.getByTestId("alarm-state")).toContainText("Odložen");
  await expect(page.getByTestId("view-shelved")).toContainText(/\d/);
  await page.screenshot({ path: path.join(SCREENS, "panel-shelved-view.png") });
  // Unshelve from its menu, by keyboard.
  await inShelf.focus();
  await page.keyboard.press("Shift+F10");
  await page.getByTestId("alarm-menu").getByTestId("alarm-action-unshelve").click();
  await expect(inShelf).toHaveAttribute("data-shelved", "false", { timeout: 15_000 });
  await page.getByTestId("view-active").click();
  await expect(rowById(page, shelvedId)).toBeVisible();

  // The splitter moves by keys and by pointer; its place, the view and the grouping survive a reload.
  const splitter = page.getByTestId("panel-splitter");
  const start = Number(await splitter.getAttribute("aria-valuenow"));
  await splitter.focus();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(splitter).toHaveAttribute("aria-valuenow", String(start + 4));
  const box = (await splitter.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y - 90, { steps: 5 });
  await page.mouse.up();
  const dragged = Number(await splitter.getAttribute("aria-valuenow"));
  expect(dragged).toBeGreaterThan(start + 4);
  await page.getByTestId("group-by").selectOption("asset");
  await page.getByTestId("view-shelved").click();
  await page.reload();
  await expect(page.getByTestId("panel-splitter")).toHaveAttribute("aria-valuenow", String(dragged), { timeout: 30_000 });
  await expect(page.getByTestId("view-shelved")).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("group-by")).toHaveValue("asset");
  await page.getByTestId("view-active").click();
  await page.getByTestId("group-by").selectOption("none");
  await signOut(page);
});

test.describe("in an alarm storm (a host of its own, so the flood stays out of other specs)", () => {
  test.setTimeout(480_000);
  let dataDir = "";
  let host: Awaited<ReturnType<typeof startHostProcess>> | null = null;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-e2e-storm-"));
    // The Niš site with one embedded simulator for every service: one server to start and one
    // StartScenario to call (the default site runs one per utility).
    const site = JSON.parse(fs.readFileSync(path.resolve("resources/sites/nis.json"), "utf8")) as { endpoints: Record<string, unknown>[] };
    const endpoint = { ...site.endpoints[0]!, id: "nis-field", embeddedSimulator: { seed: 1 } };
    const siteFile = path.join(dataDir, "storm-site.json");
    fs.writeFileSync(siteFile, JSON.stringify({ ...site, endpoints: [endpoint] }));
    host = await startHostProcess(["--data", dataDir, "--site", siteFile]);
  });
  test.afterAll(async () => {
    await host?.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const summary = (tasks: number[]) => ({ count: tasks.length, longestMs: Math.max(0, ...tasks), totalMs: tasks.reduce((a, b) => a + b, 0) });
  const shownCount = async (page: Page) => Number(/(\d+)/.exec((await page.getByTestId("alarm-shown").textContent()) ?? "")?.[1] ?? NaN);

  /**
   * A bulk key on the list, a comment, Enter, until `done`: what the server refuses as changed
   * meanwhile is listed, and an alarm with an older activation still open needs a second round.
   */
  async function bulk(page: Page, key: string, comment: string, screenshot: string, done: () => Promise<boolean>): Promise<string> {
    const dialog = page.getByTestId("bulk-dialog");
    const summary = page.getByTestId("bulk-summary");
    let refusals = "";
    for (let round = 0; round < 4 && !(await done()); round++) {
      await tabStop(page).focus();
      await page.keyboard.press(key);
      await expect(dialog).toBeVisible();
      if (await page.getByTestId("bulk-submit").isDisabled()) {
        await page.keyboard.press("Escape"); // nothing shown awaits it (yet)
      } else {
        await expect(page.getByTestId("bulk-comment")).toBeFocused();
        await expect(page.getByTestId("bulk-intro")).toContainText(/\d/);
        await page.keyboard.type(comment);
        if (round === 0) await page.screenshot({ path: path.join(SCREENS, screenshot) });
        await page.keyboard.press("Enter");
        // It closes by itself when everything was taken, or stays with the refusals in words.
        await expect.poll(async () => !(await dialog.isVisible()) || (await summary.isVisible()), { timeout: 180_000 }).toBe(true);
        refusals = "";
        if (await summary.isVisible()) {
          refusals = (await summary.textContent()) ?? "";
          await page.screenshot({ path: path.join(SCREENS, screenshot.replace(".png", "-refusals.png")) });
          await page.getByTestId("bulk-close").click();
        }
      }
      await expect(dialog).toBeHidden();
      await page.waitForTimeout(4000);
    }
    return refusals;
  }
  const viewCount = async (page: Page) => Number(await page.getByTestId("view-active").locator(".view-count").textContent());

  test("the panel stays readable in a flood; returned alarms read so; Shift+A then Shift+C clear them", async ({ page }) => {
    // Long tasks are recorded for the report (a figure, not a timed assertion).
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push(Math.round(e.duration));
      }).observe({ type: "longtask", buffered: true });
    });
    const longTasks = () => page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.splice(0));
    await page.goto(host!.url);
    await expect(page.getByTestId("alarm-grid")).toBeVisible({ timeout: 30_000 });
    await longTasks();
    const sim = simulatorUrl(host!.output());
    await callSimulation(dataDir, sim, "StartScenario", "alarm-flood");
    // The storm crosses the city in about a minute.
    await expect.poll(() => viewCount(page), { timeout: 150_000, intervals: [2000] }).toBeGreaterThan(150);
    await page.waitForTimeout(20_000);
    const during = await longTasks();
    // Once the storm is in, how busy does the page stay?
    await page.waitForTimeout(5_000);
    await longTasks();
    await page.waitForTimeout(5_000);
    const after = await longTasks();
    console.log(`storm of ${await viewCount(page)} alarms: long tasks during ${JSON.stringify(summary(during))}, in 5 s after ${JSON.stringify(summary(after))}`);

    for (const language of ["sr-Latn", "en"] as const) {
      await page.getByTestId(`language-${language}`).click();
      for (const [w, h] of [
        [1920, 1080],
        [1280, 800],
      ] as const) {
        await page.setViewportSize({ width: w, height: h });
        for (const group of ["none", "service"] as const) {
          await page.getByTestId("group-by").selectOption(group);
          await page.waitForTimeout(300);
          await page.screenshot({ path: path.join(SCREENS, `panel-flood-${group === "none" ? "list" : "grouped"}-${language}-${w}x${h}.png`) });
        }
      }
    }
    await page.getByTestId("language-sr-Latn").click();
    await page.getByTestId("group-by").selectOption("none");
    // Only the mounted rows are in the page, however many alarms there are.
    expect(await page.locator("[data-testid=alarm-row]").count()).toBeLessThan(80);

    // The storm ends: every value back to normal, the alarms stay until a person handles them.
    await callSimulation(dataDir, sim, "Reset");
    const returned = page.getByTestId("alarm-state").filter({ hasText: "Vraćen u normalu · Nepotvrđen" });
    await expect(returned.first()).toBeVisible({ timeout: 60_000 });
    // Only the returned, unacknowledged ones: the state facet.
    await page.getByTestId("facet-state").click();
    await page.getByTestId("facet-state-returnedUnacked").click();
    await page.keyboard.press("Escape");
    await expect.poll(() => shownCount(page), { timeout: 60_000, intervals: [3000] }).toBeGreaterThan(100);
    await page.waitForTimeout(10_000);
    await page.screenshot({ path: path.join(SCREENS, "panel-flood-returned-sr-Latn-1280x800.png") });

    // A supervisor acknowledges every alarm shown with one comment: Shift+A. What the server
    // refuses as changed meanwhile (a newer event) is listed; Shift+A again takes the rest.
    await signIn(page, "supervisor");
    const before = await shownCount(page);
    const refused = await bulk(page, "Shift+A", "Oluja prošla — e2e", "panel-bulk-ack-sr-Latn-1280x800.png", async () => (await shownCount(page)) === 0);
    // Every alarm was asked for. A few conditions keep being refused as changed meanwhile
    // (BadEventIdUnknown, quoted by the core: see the report); the dialog names each of them.
    const left = await shownCount(page);
    console.log(`returned unacknowledged after the storm: ${before}; left after Shift+A rounds: ${left}`);
    expect(left).toBeLessThanOrEqual(Math.max(3, before * 0.05));
    if (left > 0) expect(refused).toContain("BadEventIdUnknown");
    // The focus is back in the list, on a row when the filter still shows one.
    if (left > 0) await expect(page.locator("[data-testid=alarm-grid] [role=row]:focus")).toHaveCount(1);

    // Then confirms them: Shift+C on everything shown. Confirmed and returned, they leave the book.
    await page.getByTestId("clear-filters").click();
    await bulk(page, "Shift+C", "Provereno — e2e", "panel-bulk-confirm-sr-Latn-1280x800.png", async () => (await viewCount(page)) < 30 + left);
    expect(await viewCount(page)).toBeLessThan(30 + left);
    await page.screenshot({ path: path.join(SCREENS, "panel-after-storm-sr-Latn-1280x800.png") });
    await signOut(page);
  });
});
