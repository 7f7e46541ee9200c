/**
 * The alarm history and KPI screens in a real browser on host mode: the view switch (by mouse,
 * keyboard and URL, kept over a reload), a text search for words the simulator's alarms carry,
 * a priority filter, the CSV export (Serbian and English headers, every row the table counts),
 * and the KPI figures beside their targets. Screenshots in both languages at two sizes.
 */
import { expect, test, type Page } from "@playwright/test";
import fs from "node:fs";
import { HOST_URL_FILE } from "./host-setup";
import { callContract, PEOPLE, signIn, signOut } from "./sign-in";

const hostUrl = () => fs.readFileSync(HOST_URL_FILE, "utf8").trim();
const SCREENS = "/work/screens";
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 800 },
] as const;

interface Sample {
  message: string;
  priority: string;
}

/** An alarm the simulator raised since the host started, read from the journal as any window may. */
async function journaledAlarm(page: Page): Promise<Sample> {
  let sample: Sample | undefined;
  await expect
    .poll(
      async () => {
        const answer = await callContract(page, "searchAlarmHistory", { from: Date.now() - 6 * 3_600_000, to: Date.now(), kinds: ["alarm"], limit: 200 });
        const rows = "result" in answer ? (answer.result as { rows: Sample[] }).rows : [];
        sample = rows.find((r) => /^[\p{L} ]{4,}:/u.test(r.message));
        return sample !== undefined;
      },
      { timeout: 60_000, intervals: [1_000] },
    )
    .toBe(true);
  return sample!;
}

/** RFC 4180, as a spreadsheet reads it: quoted cells may hold separators, quotes and line breaks. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

async function exportCsv(page: Page): Promise<string> {
  const download = page.waitForEvent("download");
  await page.getByTestId("history-export").click();
  const file = await (await download).path();
  return fs.readFileSync(file, "utf8");
}

/** Loads older pages until the table holds every row of the search; returns how many it counts. */
async function loadAll(page: Page): Promise<number> {
  const count = page.getByTestId("history-count");
  await expect(count).toHaveAttribute("data-count", /\d+/, { timeout: 30_000 });
  while ((await count.getAttribute("data-more")) === "true") {
    const before = await count.getAttribute("data-count");
    await page.getByTestId("history-load-older").click();
    await expect(count).not.toHaveAttribute("data-count", before!, { timeout: 30_000 });
  }
  return Number(await count.getAttribute("data-count"));
}

async function search(page: Page) {
  const count = page.getByTestId("history-count");
  await page.getByTestId("history-search").click();
  // A new search clears the count until its first page arrives.
  await expect(count).toHaveAttribute("data-count", /\d+/, { timeout: 30_000 });
}

const fold = (s: string) => s.toLocaleLowerCase("sr").normalize("NFD").replace(/\p{M}/gu, "").replaceAll("đ", "dj");

async function screenshots(page: Page, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SCREENS}/${name}-${size.width}.png` });
  }
  await page.setViewportSize({ width: 1600, height: 900 });
}

test("history: view switch, text and priority search, CSV export in Serbian and English", async ({ page }) => {
  await page.goto(hostUrl());
  const sample = await journaledAlarm(page);

  // The view switch in the top bar, by keyboard: from Operations, arrows move on to the city
  // overview, the trends, then the history.
  const viewSwitch = page.getByTestId("view-switch");
  await expect(viewSwitch).toHaveAttribute("data-view", "operations");
  await viewSwitch.getByRole("radio", { name: "Nadzor" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(viewSwitch).toHaveAttribute("data-view", "overview");
  await page.keyboard.press("ArrowRight");
  await expect(viewSwitch).toHaveAttribute("data-view", "trends");
  await page.keyboard.press("ArrowRight");
  await expect(viewSwitch).toHaveAttribute("data-view", "history");
  await expect(page.getByTestId("history-view")).toBeVisible();
  expect(new URL(page.url()).searchParams.get("view")).toBe("history");
  // A reload keeps the view (it is in the URL), and the token with it.
  await page.reload();
  await expect(page.getByTestId("history-view")).toBeVisible({ timeout: 30_000 });
  expect(new URL(page.url()).searchParams.get("token")).toBeTruthy();

  // Words from the simulator's message, before the colon ("<what>: <tag> is <value>").
  const words = sample.message.split(":")[0]!.trim();
  await page.getByTestId("history-range").selectOption("24h");
  await page.getByTestId("history-text").fill(words);
  await page.getByTestId("history-text").press("Enter");
  await expect(page.getByTestId("history-count")).toHaveAttribute("data-count", /\d+/, { timeout: 30_000 });
  const rows = page.getByTestId("history-row");
  await expect(rows.first()).toBeVisible();
  const folded = fold(words).split(/\s+/);
  for (const text of await rows.allInnerTexts()) for (const w of folded) expect(fold(text)).toContain(w);

  // Another priority than the sample's: none of these rows, whatever else matches.
  const other = sample.priority === "critical" ? "high" : "critical";
  await page.getByTestId(`history-priority-${other}`).click();
  await search(page);
  const others = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-priority")));
  expect(others.filter((p) => p !== other)).toEqual([]);
  await page.getByTestId(`history-priority-${other}`).click();
  await expect(page.getByTestId(`history-priority-${other}`)).toHaveAttribute("aria-pressed", "false");

  // Only this alarm's priority.
  await page.getByTestId(`history-priority-${sample.priority}`).click();
  await expect(page.getByTestId(`history-priority-${sample.priority}`)).toHaveAttribute("aria-pressed", "true");
  await search(page);
  await expect(rows.first()).toBeVisible();
  const priorities = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-priority")));
  expect(new Set(priorities)).toEqual(new Set([sample.priority]));
  const counted = await loadAll(page);
  expect(counted).toBeGreaterThan(0);
  await screenshots(page, "history-sr");

  // The export: Serbian headers, `;`, a BOM, and exactly the rows the table counts.
  const sr = await exportCsv(page);
  expect(sr.charCodeAt(0)).toBe(0xfeff);
  const srRows = parseCsv(sr.slice(1), ";");
  expect(srRows[0]).toEqual(["Vreme (Europe/Belgrade)", "Prioritet", "Izvor", "Uslov", "Poruka", "Stanje / radnja", "Korisnik", "Komentar / detalj", "Služba", "Opština"]);
  expect(srRows.length - 1).toBe(counted);
  for (const r of srRows.slice(1)) expect(r[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);

  // In English the same search exports English headers with `,`.
  await page.getByTestId("language-en").click();
  await expect(page.getByTestId("history-search")).toHaveText("Search");
  await screenshots(page, "history-en");
  const en = await exportCsv(page);
  const enRows = parseCsv(en.slice(1), ",");
  expect(enRows[0]).toEqual(["Time (Europe/Belgrade)", "Priority", "Source", "Condition", "Message", "State / action", "User", "Comment / detail", "Service", "District"]);
  expect(enRows.length - 1).toBe(counted);
  await page.getByTestId("language-sr-Latn").click();
});

test("history: actions by a person, found by their name among the audit rows", async ({ page }) => {
  await page.goto(`${hostUrl()}&view=history`);
  // A sign-in and a sign-out are audited actions of that person.
  await signIn(page, "operator");
  await signOut(page);
  await page.getByTestId("history-user").fill(PEOPLE.operator.name.split(" ")[0]!);
  await page.getByTestId("history-kinds").getByRole("radio", { name: "Radnje (revizija)" }).click();
  await search(page);
  const rows = page.getByTestId("history-row");
  await expect(rows.first()).toBeVisible();
  expect(new Set(await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-kind"))))).toEqual(new Set(["audit"]));
  const states = await page.getByTestId("history-state").allInnerTexts();
  expect(states).toContain("Prijava");
  expect(states).toContain("Odjava");
  await expect(rows.first()).toContainText(`${PEOPLE.operator.name} (Operater)`);
  // Both kinds together, as the screen opens.
  await page.getByTestId("history-reset").click();
  await expect(page.getByTestId("history-user")).toHaveValue("");
  await expect(page.getByTestId("history-count")).toHaveAttribute("data-count", /\d+/, { timeout: 30_000 });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SCREENS}/history-all-sr-1920.png` });
});

test("KPIs: opened by URL, each figure beside its target with met or not met, per service", async ({ page }) => {
  await page.goto(`${hostUrl()}&view=kpis`);
  await expect(page.getByTestId("view-switch")).toHaveAttribute("data-view", "kpis", { timeout: 30_000 });
  const figures = page.getByTestId("kpi-figure");
  await expect(figures.first()).toBeVisible({ timeout: 30_000 });
  await expect(figures).toHaveCount(11);
  // The average per 10 minutes has the EEMUA 191 target of 1, and says whether it is met in words.
  const avg = page.locator('[data-testid=kpi-figure][data-figure="avg10"]');
  await expect(avg.getByTestId("kpi-target")).toHaveText("Cilj ≤ 1");
  await expect(avg.getByTestId("kpi-status")).toHaveText(/^(Ispunjeno|Nije ispunjeno)$/);
  const standing = page.locator('[data-testid=kpi-figure][data-figure="standing"]');
  await expect(standing.getByTestId("kpi-target")).toHaveText("Cilj ≤ 10");
  // One row per service of the site, and one per operator position.
  await expect(page.getByTestId("kpi-service-row")).toHaveCount(7);
  await expect(page.getByTestId("kpi-position-row")).toHaveText([/^Voda i toplane/, /^Saobraćaj i parking/, /^Otpad, rasveta i vazduh/]);
  await expect(page.getByTestId("kpi-range-summary")).toContainText("Europe/Belgrade");
  await screenshots(page, "kpi-sr");

  // One service: its own figures, no breakdown.
  await page.getByTestId("kpi-service").selectOption("water");
  await page.getByTestId("kpi-show").click();
  await expect(page.getByTestId("kpi-service-row")).toHaveCount(0, { timeout: 30_000 });
  await expect(figures).toHaveCount(11);

  // One position: its own figures and only its services, which are also all the service list offers.
  await page.getByTestId("kpi-service").selectOption("");
  await page.getByTestId("kpi-position").selectOption("mreze");
  await expect(page.getByTestId("kpi-service").locator("option")).toHaveCount(3);
  await page.getByTestId("kpi-show").click();
  await expect(page.getByTestId("kpi-position-summary")).toContainText("Voda i toplane", { timeout: 30_000 });
  await expect(page.getByTestId("kpi-service-row")).toHaveCount(2);
  await expect(page.getByTestId("kpi-position-row")).toHaveCount(0);
  await screenshots(page, "kpi-position-sr");
  await page.getByTestId("kpi-position").selectOption("");

  await page.getByTestId("language-en").click();
  await page.getByTestId("kpi-show").click();
  await expect(page.getByTestId("kpi-service-row")).toHaveCount(7, { timeout: 30_000 });
  await expect(avg.getByTestId("kpi-target")).toHaveText("Target ≤ 1");
  await expect(avg.getByTestId("kpi-status")).toHaveText(/^(Met|Not met)$/);
  await screenshots(page, "kpi-en");
  await page.getByTestId("language-sr-Latn").click();

  // Back to operations by the switch: the map is there again and the URL has no view.
  await page.getByTestId("view-switch").getByRole("radio", { name: "Nadzor" }).click();
  await expect(page.getByTestId("city-map")).toBeVisible();
  expect(new URL(page.url()).searchParams.has("view")).toBe(false);
});
