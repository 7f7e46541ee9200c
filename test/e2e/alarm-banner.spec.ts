/**
 * The alarm banner in a real browser on its own host (banner-host.ts), whose OPC UA server this
 * spec starts, so it can set off the simulator's thunderstorm (alarm-flood) without disturbing
 * the other specs: the banner names the most urgent alarm and counts as the list does, the horn
 * sounds and is silenced, acknowledging moves the banner on; a storm turns the flood line on and
 * gives a few desktop notifications, not hundreds; a map window shows the banner too.
 */
import { expect, test, type Page } from "@playwright/test";
import path from "node:path";
import { startBannerHost, type BannerHost } from "./banner-host";
import { bannerCounts, coreAlarms, listCounts, openBanner as openOn, RANK, recordNotifications, screens, SCREENS, SIZES } from "./banner-page";
import { callContract, signIn, signOut } from "./sign-in";

let storm: BannerHost;
const openBanner = (page: Page, query = "") => openOn(page, storm.host.url, query);

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  storm = await startBannerHost();
});

test.afterAll(async () => {
  await storm?.stop();
});

test("the banner names the most urgent alarm and counts as the list does; the horn sounds, is silenced, and acknowledging moves the banner on", async ({ page }) => {
  // Tall enough for the alarm list to hold every row (it mounts only the rows in view).
  await page.setViewportSize({ width: 1920, height: 3000 });
  await openBanner(page);
  const banner = page.getByTestId("alarm-banner");
  await expect(banner).toHaveAttribute("data-state", "alarm", { timeout: 60_000 });
  await expect(page.locator("[data-testid=alarm-row]").first()).toBeVisible();

  // The counts are the list's: unacknowledged rows per priority, shelved ones left out.
  await expect(async () => expect(await bannerCounts(page)).toEqual(await listCounts(page))).toPass({ timeout: 30_000 });
  // The named alarm is an unacknowledged one of the highest priority there is.
  await expect(async () => {
    const id = await page.getByTestId("banner-alarm").getAttribute("data-alarm-id");
    const open = (await coreAlarms(page)).filter((a) => !a.acked && !a.shelved && !a.suppressed && a.enabled);
    const top = open.map((a) => RANK.indexOf(a.priority)).sort()[0]!;
    expect(open.find((a) => a.id === id)?.priority).toBe(RANK[top]);
  }).toPass({ timeout: 30_000 });
  // Clicking it selects it: the list marks its row and the value panel shows its asset.
  const named = page.getByTestId("banner-alarm");
  const namedId = (await named.getAttribute("data-alarm-id"))!;
  const source = (await page.getByTestId("banner-source").textContent())!;
  await named.click();
  await expect(page.locator(`[data-testid=alarm-row][data-alarm-id="${namedId}"]`)).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("asset-title")).toContainText(source);
  await page.setViewportSize(SIZES[0]);
  await screens(page, "calm-plant");

  // A water main bursts: pressure and flow alarms above low priority, the horn sounds their pattern.
  storm.sim.startScenario("water-main-burst");
  await expect(banner).toHaveAttribute("data-horn", /^(critical|high|medium)$/, { timeout: 60_000 });
  expect(await banner.getAttribute("data-horn")).toBe(await page.getByTestId("banner-alarm").getAttribute("data-priority"));
  // The page was clicked above, so the browser lets it sound.
  await expect(banner).toHaveAttribute("data-audio", "ok");
  await expect(page.getByTestId("banner-audio-blocked")).toHaveCount(0);
  await screens(page, "sounding");

  // Silenced by the button; the burst may still raise a newer alarm, which sounds again, so
  // silence until it stays silenced.
  await expect(async () => {
    if ((await banner.getAttribute("data-horn")) !== "silenced") await page.getByTestId("silence-horn").click();
    await expect(banner).toHaveAttribute("data-horn", "silenced", { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expect(page.getByTestId("silence-horn")).toBeDisabled();

  // An operator acknowledges the named alarm: the banner names another one (or none).
  await signIn(page, "operator");
  const acked = (await page.getByTestId("banner-alarm").getAttribute("data-alarm-id"))!;
  expect(await callContract(page, "acknowledgeAlarm", { alarmId: acked, comment: "e2e: banner" })).toHaveProperty("result");
  await expect(async () => {
    const now = page.getByTestId("banner-alarm");
    if ((await now.count()) > 0) expect(await now.getAttribute("data-alarm-id")).not.toBe(acked);
  }).toPass({ timeout: 15_000 });
  // Acknowledging every alarm that sounds stops the horn by itself (low ones never sound).
  await expect(async () => {
    for (const a of await coreAlarms(page)) {
      if (!a.acked && a.priority !== "low") await callContract(page, "acknowledgeAlarm", { alarmId: a.id, comment: "e2e: banner" });
    }
    await expect(banner).toHaveAttribute("data-horn", "quiet", { timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  await signOut(page);
});

test("a thunderstorm turns the flood line on and gives a few desktop notifications, not hundreds; clicking one shows its alarm", async ({ page, context }) => {
  await context.grantPermissions(["notifications"]);
  await recordNotifications(page);
  await page.setViewportSize(SIZES[0]);
  await openBanner(page);
  const banner = page.getByTestId("alarm-banner");
  // Permission is granted in this browser: the menu says so instead of asking.
  await page.getByTestId("banner-menu-button").click();
  await expect(page.getByTestId("banner-notify-on")).toBeVisible();
  await page.keyboard.press("Escape");

  // The operator looks at another window: this one has no focus.
  await page.evaluate(() => ((window as unknown as { __focused: boolean }).__focused = false));
  const started = Date.now();
  storm.sim.startScenario("alarm-flood");
  const notes = () => page.evaluate(() => (window as unknown as { __notes: { title: string; body: string }[] }).__notes.map(({ title, body }) => ({ title, body })));
  await expect.poll(async () => (await notes()).length, { timeout: 90_000 }).toBeGreaterThan(0);
  await expect(banner).toHaveAttribute("data-flood", "on");
  await expect.poll(async () => Number(await page.getByTestId("banner-flood").getAttribute("data-count")), { timeout: 30_000 }).toBeGreaterThan(100);
  await page.waitForTimeout(15_000);
  const shown = await notes();
  const seconds = (Date.now() - started) / 1000;
  // Hundreds of new alarms, at most one notification per five seconds.
  expect(shown.length).toBeLessThanOrEqual(Math.ceil(seconds / 5) + 1);
  expect(shown.some((n) => /novih alarma|nova alarma/.test(n.title))).toBe(true);
  await screens(page, "flood");

  // Clicking the last notification brings the window forward with its alarm's asset shown.
  const last = shown[shown.length - 1]!;
  const source = /^[^:]+: (.+)$/.exec(last.title)?.[1] ?? /^[^:]+: [^,]+, (.+?): /.exec(last.body)?.[1];
  expect(source).toBeTruthy();
  await page.evaluate((at) => {
    const w = window as unknown as { __notes: { n: Notification }[]; __focused: boolean };
    w.__focused = true;
    w.__notes[at]!.n.onclick?.(new Event("click"));
  }, shown.length - 1);
  await expect(page.getByTestId("asset-title")).toContainText(source!);
});

test("a map window shows the banner too, with its horn off until someone turns it on", async ({ page }) => {
  await page.setViewportSize(SIZES[1]);
  await openBanner(page, "&role=map");
  const banner = page.getByTestId("alarm-banner");
  await expect(banner).toHaveAttribute("data-state", "alarm", { timeout: 30_000 });
  await expect(banner).toHaveAttribute("data-flood", "on");
  await expect(banner).toHaveAttribute("data-horn", "off");
  await expect(page.getByTestId("banner-count")).toHaveCount(4);
  await expect(page.getByTestId("alarm-panel")).toHaveCount(0);
  await page.screenshot({ path: path.join(SCREENS, "banner-map-sr-Latn-1280.png") });

  // Turned on from the banner's menu, it sounds, and the choice survives a reload.
  await page.getByTestId("banner-menu-button").click();
  await page.getByTestId("banner-horn-on").click();
  await page.keyboard.press("Escape");
  await expect(banner).toHaveAttribute("data-horn", /^(critical|high|medium)$/);
  await page.reload();
  await expect(banner).toHaveAttribute("data-horn", /^(critical|high|medium)$/, { timeout: 30_000 });
});

test("until someone clicks in the window the browser keeps the horn mute, and the banner says so", async ({ page }) => {
  // Headless Chromium plays audio without a gesture whatever its autoplay flag; a desktop browser
  // starts an AudioContext suspended until one. The page's own AudioContext does so here, from
  // its first moment (an asynchronous suspend() raced the banner's first look at it). A gesture
  // is a real click or key, not navigator.userActivation: Playwright's own evaluations (its
  // expect polling among them) count as activation there, so a context made after the first
  // assertion read as never held.
  await page.addInitScript(() => {
    const Real = window.AudioContext;
    let gestured = false;
    const seen = () => {
      gestured = true;
    };
    window.addEventListener("pointerdown", seen, true);
    window.addEventListener("keydown", seen, true);
    class UntilGesture extends Real {
      #held = !gestured;
      override get state(): AudioContextState {
        return this.#held ? "suspended" : super.state;
      }
      override resume(): Promise<void> {
        this.#held = false;
        return super.resume();
      }
    }
    Object.defineProperty(window, "AudioContext", { value: UntilGesture, configurable: true, writable: true });
    // Low alarms sound too, so the horn wants to sound whatever the earlier tests acknowledged.
    localStorage.setItem("ccr.horn.operator", JSON.stringify({ on: true, soundLow: true }));
  });
  await page.setViewportSize(SIZES[1]);
  await openBanner(page);
  const banner = page.getByTestId("alarm-banner");
  // Unacknowledged alarms are there: the operator screen's horn wants to sound.
  await expect(banner).toHaveAttribute("data-horn", /^(critical|high|medium|low)$/, { timeout: 30_000 });
  await expect(banner).toHaveAttribute("data-audio", "blocked");
  await expect(page.getByTestId("banner-audio-blocked")).toBeVisible();
  await page.screenshot({ path: path.join(SCREENS, "banner-audio-blocked-sr-Latn-1280.png") });
  // Any click in the page resumes it.
  await page.getByTestId("banner-counts").click();
  await expect(banner).toHaveAttribute("data-audio", "ok");
  await expect(page.getByTestId("banner-audio-blocked")).toHaveCount(0);
});
