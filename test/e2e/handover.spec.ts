/**
 * The shift handover in a real browser on a host of its own (water and heating simulators): an
 * operator is not offered the screen, a supervisor is; the supervisor's shelve (with its reason)
 * and a field note show in the current shift's report; the handover note is signed through the
 * form; a command's action row is worded in Serbian, and in English after the switch; then the report's print layout is made into an A4 PDF with Chromium (page.pdf), its
 * first page turned into an image (pdftoppm, saved for a person to look at) and its text read
 * (pdftotext): in Serbian, with the signed note, who signed it and the shelve, and no controls.
 */
import { expect, test, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AlarmState, AssetCommands, AssetInfo, HandoverSummary } from "../../contract/api";
import { DEFAULT_SITE_FILE } from "../../main/core/sites/default-site";
import { startHostProcess, type HostProcess } from "./host-process";
import { callContract, signIn, signOut } from "./sign-in";
import { callSimulation } from "./simulation-control";

const SCREENS = "/work/screens/handover";
const NOTE = "Šaht kod Tvrđave pod nadzorom; ekipa JKP Naissus ujutru proverava pritisak u zoni Medijana.";
const REASON = "Radovi na vodovodnoj mreži u Palilulskoj ulici";

let dir: string;
let host: HostProcess;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-e2e-handover-"));
  const site = JSON.parse(fs.readFileSync(DEFAULT_SITE_FILE, "utf8")) as { endpoints: { id: string }[] };
  site.endpoints = site.endpoints.filter((e) => e.id === "nis-water" || e.id === "nis-heating");
  const siteFile = path.join(dir, "site.json");
  fs.writeFileSync(siteFile, JSON.stringify(site));
  host = await startHostProcess(["--data", path.join(dir, "data"), "--site", siteFile]);
  fs.mkdirSync(SCREENS, { recursive: true });
});

test.afterAll(async () => {
  await host?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function shot(page: Page, name: string, width: number, height: number) {
  await page.setViewportSize({ width, height });
  await expect(page.getByTestId("handover-report")).toBeVisible();
  await page.screenshot({ path: path.join(SCREENS, `${name}-${width}x${height}.png`) });
}

test("a supervisor reads the shift, signs the handover note and exports the report as a PDF in Serbian", async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto(host.url);
  await signIn(page, "operator");
  await expect(page.getByTestId("view-switch")).toBeVisible();
  await expect(page.getByTestId("view-handover")).toHaveCount(0);

  await signIn(page, "supervisor");
  // A shift with something in it: a water main bursts and a heating substation fails.
  for (const [endpoint, scenario] of [["nis-water", "water-main-burst"], ["nis-heating", "heating-substation-failure"]] as const) {
    const url = new RegExp(`Embedded simulator for "${endpoint}": (opc\\.tcp://\\S+)`).exec(host.output())?.[1];
    expect(url, `host mode printed the ${endpoint} simulator's endpoint`).toBeTruthy();
    await callSimulation(path.join(dir, "data"), url!, "StartScenario", scenario);
  }
  // Something to hand over: an alarm shelved with a reason, and a field note on an asset.
  const activeAlarm = async () => {
    const answer = await callContract(page, "listAlarms", {});
    return "result" in answer ? (answer.result as AlarmState[]).find((a) => a.active && !a.shelved && a.assetId) : undefined;
  };
  await expect.poll(activeAlarm, { timeout: 90_000 }).toBeTruthy();
  const alarm = (await activeAlarm())!;
  expect(await callContract(page, "shelveAlarm", { alarmId: alarm.id, kind: "timed", durationMs: 2 * 3_600_000, reason: REASON })).toMatchObject({ result: { status: "done" } });
  expect(await callContract(page, "addNote", { assetId: alarm.assetId, text: "Ventil zatvoren do dolaska ekipe" })).toHaveProperty("result");
  // The server's event says it is shelved (the method's answer comes first).
  await expect
    .poll(async () => {
      const answer = await callContract(page, "listAlarms", {});
      return "result" in answer && (answer.result as AlarmState[]).some((a) => a.id === alarm.id && a.shelved);
    }, { timeout: 30_000 })
    .toBe(true);

  // A command on a water asset (audited before it is sent, whatever the server answers): its action row words the audit's detail.
  const commandTarget = async () => {
    const assets = await callContract(page, "listAssets", {});
    for (const asset of "result" in assets ? (assets.result as AssetInfo[]) : []) {
      const answer = await callContract(page, "listCommands", { assetId: asset.id });
      const tag = "result" in answer ? (answer.result as AssetCommands).commands.find((c) => c.values?.length) : undefined;
      if (tag) return tag;
    }
    return undefined;
  };
  const command = await commandTarget();
  expect(command, "a water or heating asset offers a command").toBeTruthy();
  expect(await callContract(page, "writeCommand", { tagId: command!.tagId, value: command!.values![0]! })).toHaveProperty("result");

  await page.getByTestId("view-handover").click();
  await expect(page).toHaveURL(/[?&]view=handover/);
  const report = page.getByTestId("handover-report");
  await expect(report).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("handover-shift-title")).toContainText(/Smena (07:00–15:00|15:00–23:00|23:00–07:00)/);
  await expect(page.getByTestId("handover-shelved-row").filter({ hasText: REASON })).toContainText("Marko Jovanović");
  await expect(page.getByTestId("handover-note-row").first()).toContainText("Ventil zatvoren do dolaska ekipe");
  await expect(page.getByTestId("handover-action-row").filter({ hasText: "Odlaganje" }).first()).toContainText("Marko Jovanović");
  // The command's row says what was done in Serbian, not in the audit's stored English.
  await expect(page.getByTestId("handover-action-row").filter({ hasText: /Komanda „/ }).first()).toBeVisible();
  await expect(page.getByTestId("handover-action-row").filter({ hasText: /Command “|Command "/ })).toHaveCount(0);

  // Signing through the form.
  await page.getByTestId("handover-note-text").fill(NOTE);
  await page.getByTestId("handover-sign").click();
  await expect(page.getByTestId("handover-signed-ok")).toBeVisible({ timeout: 30_000 });
  const signed = page.getByTestId("handover-signed-note");
  await expect(signed).toContainText(NOTE);
  await expect(signed).toContainText("Marko Jovanović");
  const summary = (await callContract(page, "handoverSummary", {})) as { result: HandoverSummary };
  expect(summary.result.handoverNotes[0]).toMatchObject({ text: NOTE, userName: "Marko Jovanović" });

  await shot(page, "handover-sr", 1920, 1080);
  await shot(page, "handover-sr", 1280, 800);

  // The report as the print layout makes it: A4, Chromium's own PDF.
  const pdf = path.join(dir, "handover.pdf");
  await page.pdf({ path: pdf, format: "A4", printBackground: true, preferCSSPageSize: true });
  const stem = path.join(SCREENS, "handover-report-sr-page1");
  execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, stem]);
  expect(fs.statSync(`${stem}.png`).size).toBeGreaterThan(10_000);
  // Words as the PDF holds them, lines joined (table cells wrap).
  const words = (args: string[]) => execFileSync("pdftotext", [...args, pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  const text = words([]);
  const firstPage = words(["-f", "1", "-l", "1"]);
  expect(firstPage).toContain("Izveštaj o primopredaji smene");
  expect(firstPage).toContain("Beleška o primopredaji");
  expect(firstPage).toContain("Šaht kod Tvrđave pod nadzorom");
  expect(firstPage).toContain("Potpis: Marko Jovanović (Supervizor)");
  expect(text).toContain("Alarmi u smeni");
  expect(text).toContain("Odloženi");
  expect(text).toContain(REASON);
  expect(text).toContain("Radnje u smeni");
  // The controls stay on screen: not the form, the buttons, nor the app's top bar.
  expect(text).not.toContain("Potpiši i predaj");
  expect(text).not.toContain("Izvezi PDF");
  expect(text).not.toContain("Nadzor"); // the top bar's operations view name
  // The actions list gives the person's words, not the audit's English line around them.
  expect(text).not.toContain("Sign the handover note");

  // The same screen in English.
  await page.evaluate(() => localStorage.setItem("ccr.language", "en"));
  await page.reload();
  await expect(page.getByTestId("handover-signed-note")).toContainText(NOTE, { timeout: 30_000 });
  await expect(page.getByTestId("handover-view")).toContainText("Shift handover");
  await expect(page.getByTestId("handover-action-row").filter({ hasText: /Command “/ }).first()).toBeVisible();
  await expect(page.getByTestId("handover-action-row").filter({ hasText: /Komanda „/ })).toHaveCount(0);
  await shot(page, "handover-en", 1920, 1080);
  await shot(page, "handover-en", 1280, 800);
  await page.evaluate(() => localStorage.removeItem("ccr.language"));
  await signOut(page);
});
