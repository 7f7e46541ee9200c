/**
 * What the alarm banner's spec reads from a page: recorded desktop notifications, the banner's
 * and the list's counts, the core's alarm list, and screenshots in both languages at both sizes.
 */
import { expect, type Page } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { callContract } from "./sign-in";

export const SCREENS = "/work/screens";
export const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 800 },
] as const;


/** Records every desktop notification the page makes (the OS one cannot be observed), and lets the test take the focus away. */
export async function recordNotifications(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __notes: { title: string; body: string; n: Notification }[]; __focused: boolean };
    w.__notes = [];
    w.__focused = true;
    document.hasFocus = () => w.__focused;
    const Real = window.Notification;
    class Recorded extends Real {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        w.__notes.push({ title, body: options?.body ?? "", n: this });
      }
    }
    Object.defineProperty(window, "Notification", { value: Recorded, configurable: true, writable: true });
  });
}

/** `url`: the host's, with its token. */
export async function openBanner(page: Page, url: string, query = ""): Promise<void> {
  await page.goto(url + query);
  await expect(page.getByTestId("alarm-banner")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "connected", { timeout: 60_000 });
}

/** Unacknowledged rows per priority in the list (shelved ones are out of the count, as in the banner). */
export async function listCounts(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const p of ["critical", "high", "medium", "low"]) {
    out[p] = await page.locator(`[data-testid=alarm-row][data-acked="false"][data-shelved="false"][data-priority="${p}"]`).count();
  }
  return out;
}

export async function bannerCounts(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const p of ["critical", "high", "medium", "low"]) {
    out[p] = Number(await page.locator(`[data-testid=banner-count][data-priority="${p}"]`).getAttribute("data-unacked"));
  }
  return out;
}

export async function screens(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENS, { recursive: true });
  for (const language of ["sr-Latn", "en"] as const) {
    await page.getByTestId(`language-${language}`).click();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(SCREENS, `banner-${name}-${language}-${size.width}.png`) });
    }
  }
  await page.getByTestId("language-sr-Latn").click();
}

export interface ListedAlarm {
  id: string;
  priority: string;
  acked: boolean;
  shelved: boolean;
  suppressed: boolean;
  enabled: boolean;
}

/** The core's alarm list, as every window starts from. */
export async function coreAlarms(page: Page): Promise<ListedAlarm[]> {
  const answer = await callContract(page, "listAlarms", {});
  if (!("result" in answer)) throw new Error(answer.error.message);
  return answer.result as ListedAlarm[];
}

export const RANK = ["critical", "high", "medium", "low"];
