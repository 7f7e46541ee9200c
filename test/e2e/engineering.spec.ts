/**
 * An engineer builds a site from a server that is not ours, in a real browser on a host of its
 * own: the foreign node-opcua server (test/integration/interop/foreign-server.ts, no asset
 * convention) runs in this process and is the site's only endpoint. The engineer signs in, is
 * told discovery found nothing, browses to the station (and pages through a folder of 1,200
 * meters), makes an asset with two tags and a location picked on the map, sees it on the
 * operations map with a live value, imports a Windows-1250 tag list whose node column is mapped
 * by hand, and exports the model. Screenshots in both languages at two sizes.
 */
import { expect, test, type Page } from "@playwright/test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClientPki, ownCertificateFile, trustServerCertificate } from "../../main/core/connections/pki";
import { DEFAULT_SITE_FILE } from "../../main/core/sites/default-site";
import { FOREIGN_USERS, N, startForeignServer, type ForeignServer } from "../integration/interop/foreign-server";
import { startHostProcess, type HostProcess } from "./host-process";
import { openAssetOnMap } from "./map-asset";

const SCREENS = "/work/screens";
const SIZES = [
  [1920, 1080],
  [1280, 800],
] as const;
const ENDPOINT = "water-scada";
const STATION = `${ENDPOINT}|${N.station}`;
const ENGINEER = { login: "engineer", password: FOREIGN_USERS.engineer };

let dir: string;
let server: ForeignServer;
let host: HostProcess;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-e2e-engineering-"));
  const dataDir = path.join(dir, "data");
  server = await startForeignServer(path.join(dir, "foreign-pki"));
  // Each side trusts the other's certificate, as an administrator sets up a utility's server.
  const pki = await createClientPki(path.join(dataDir, "pki"));
  await trustServerCertificate(pki, server.certificateFile);
  await pki.dispose();
  await server.trustClientCertificate(ownCertificateFile(path.join(dataDir, "pki")));
  const site = JSON.parse(fs.readFileSync(DEFAULT_SITE_FILE, "utf8")) as Record<string, unknown>;
  site.endpoints = [
    {
      id: ENDPOINT,
      url: server.endpointUrl,
      securityMode: "SignAndEncrypt",
      securityPolicy: "Basic256Sha256",
      samplingIntervalMs: 0,
      credentials: { user: "station", passwordEnv: "CCR_E2E_FOREIGN_STATION" },
    },
  ];
  const siteFile = path.join(dir, "site.json");
  fs.writeFileSync(siteFile, JSON.stringify(site));
  host = await startHostProcess(["--data", dataDir, "--site", siteFile], { CCR_E2E_FOREIGN_STATION: FOREIGN_USERS.station });
});

test.afterAll(async () => {
  await host?.kill();
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function signInEngineer(page: Page): Promise<void> {
  await page.getByTestId("sign-in-button").click();
  await page.getByTestId("sign-in-login").fill(ENGINEER.login);
  await page.getByTestId("sign-in-password").fill(ENGINEER.password);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("session-control")).toHaveAttribute("data-login", ENGINEER.login, { timeout: 30_000 });
}

const treeNode = (page: Page, name: string) => page.locator(".address-tree .bp6-tree-node-content").filter({ has: page.locator(".tree-label", { hasText: new RegExp(`^${name}$`) }) });
async function expand(page: Page, name: string): Promise<void> {
  await treeNode(page, name).locator(".bp6-tree-node-caret").click();
}

/** Both languages at both sizes, named engineering-<what>-<language>-<w>x<h>.png. */
async function screenshots(page: Page, what: string): Promise<void> {
  for (const language of ["sr-Latn", "en"] as const) {
    await page.getByTestId(`language-${language}`).click();
    for (const [w, h] of SIZES) {
      await page.setViewportSize({ width: w, height: h });
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(SCREENS, `engineering-${what}-${language}-${w}x${h}.png`) });
    }
  }
  await page.getByTestId("language-sr-Latn").click();
  await page.setViewportSize({ width: 1600, height: 900 });
}

/** Name, id, type, district, two tags ticked (their unit and range as the server gives them), a location clicked on the map. */
async function fillAssetForm(page: Page): Promise<void> {
  const form = page.getByTestId("asset-form");
  await form.getByTestId("asset-name").fill("Crpna stanica Medoševac");
  await form.getByTestId("asset-external-id").fill("PS-01");
  await form.getByTestId("asset-type").fill("crpna stanica");
  await form.getByTestId("asset-district").fill("Crveni Krst");
  const tags = form.getByTestId("asset-tags");
  await expect(tags.locator(`[data-node-id="${N.pressure}"]`)).toContainText(/(jedinica|unit) bar · (opseg od|range) 0 (do|to) 10/);
  await tags.locator(`[data-node-id="${N.pressure}"] label.bp6-checkbox`).click();
  await tags.locator(`[data-node-id="${N.flow}"] label.bp6-checkbox`).click();
  await expect(form.getByTestId("asset-tag-choice").and(page.locator(":checked"))).toHaveCount(2);
  await page.getByTestId("asset-pick-on-map").click();
  const map = page.getByTestId("location-picker");
  await expect(map).toBeVisible();
  // Near the centre of the site, where the operations map opens too.
  const box = (await map.boundingBox())!;
  await map.click({ position: { x: box.width / 2 + 20, y: box.height / 2 - 15 } });
  await expect(map).toHaveAttribute("data-picked", /^43\.\d+,21\.\d+$/);
  await expect(form.getByTestId("asset-lat")).toHaveValue(/^43[,.]\d+$/);
}

/** The Serbian letters of Windows-1250 (the rest of the file is ASCII). */
const CP1250: Record<string, number> = { š: 0x9a, đ: 0xf0, č: 0xe8, ć: 0xe6, ž: 0x9e, Č: 0xc8 };
const windows1250 = (text: string) => Buffer.from([...text].map((c) => CP1250[c] ?? c.charCodeAt(0)));

test("an engineer builds an asset from the browser, sees it live on the map, imports and exports a tag list", async ({ page }) => {
  test.setTimeout(240_000);
  fs.mkdirSync(SCREENS, { recursive: true });
  await page.goto(`${host.url}&view=engineering`);
  await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "connected", { timeout: 60_000 });
  // Nobody signed in: the view says who it is for, and the switch does not offer it.
  await expect(page.getByTestId("engineering-view")).toHaveAttribute("data-allowed", "false");
  await signInEngineer(page);
  await expect(page.getByTestId("view-engineering")).toBeVisible();

  const notice = page.locator(`[data-testid=nothing-discovered][data-endpoint="${ENDPOINT}"]`);
  await expect(notice).toContainText(`Otkrivanje nije našlo ništa na ${ENDPOINT}`);
  await expect(page.locator(`[data-testid=endpoint-model][data-endpoint="${ENDPOINT}"]`)).toHaveAttribute("data-discovered", "0");
  await notice.getByTestId("open-browser").click();

  await expand(page, "WaterUtility");
  await expand(page, "Meters");
  // 1,200 variables: the first page, then one more on "load more" (a continuation point).
  const meters = page.locator(".address-tree .tree-label", { hasText: /^Meter_\d{4}$/ });
  await expect(meters.first()).toBeVisible({ timeout: 20_000 });
  const firstPage = await meters.count();
  expect(firstPage).toBeLessThan(1200);
  await page.getByTestId("tree-load-more").click();
  await expect.poll(() => meters.count(), { timeout: 20_000 }).toBeGreaterThan(firstPage);
  await treeNode(page, "Meters").locator(".bp6-tree-node-caret").click();

  await expand(page, "Stations");
  await treeNode(page, "PS Medoševac").click();
  const details = page.getByTestId("node-details");
  await expect(details).toHaveAttribute("data-node-id", N.station);
  await expect(details).toContainText("PS_Medosevac");
  await page.getByTestId("node-search-text").fill("Pressure");
  await page.getByTestId("node-search-go").click();
  await page.getByTestId("node-search-hit").first().click();
  await expect(details).toHaveAttribute("data-node-id", N.pressure);
  await expect(page.getByTestId("node-value")).toContainText("bar");
  await expect(details).toContainText("0 do 10");
  await screenshots(page, "browser");

  await treeNode(page, "PS Medoševac").click();
  await expect(details).toHaveAttribute("data-node-id", N.station);
  // The language switch is behind the form's dialog: English first, then Serbian kept and saved.
  for (const language of ["en", "sr-Latn"] as const) {
    await page.getByTestId(`language-${language}`).click();
    await page.getByTestId("make-asset").click();
    await fillAssetForm(page);
    for (const [w, h] of SIZES) {
      await page.setViewportSize({ width: w, height: h });
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(SCREENS, `engineering-asset-form-${language}-${w}x${h}.png`) });
    }
    await page.setViewportSize({ width: 1600, height: 900 });
    if (language === "en") await page.getByRole("button", { name: "Cancel" }).click();
  }
  await page.getByTestId("asset-save").click();
  await expect(page.getByTestId("asset-saved")).toContainText("„Crpna stanica Medoševac” sačuvan kao verzija modela 1 sa 2 signala.");

  // On the operations map, with the pressure live from the foreign server.
  await page.getByTestId("view-operations").click();
  await openAssetOnMap(page, STATION);
  await expect(page.getByTestId("asset-title")).toContainText("Crpna stanica Medoševac");
  server.set(N.pressure, 6.75);
  const pressure = page.locator(`[data-testid=tag-row][data-tag-id="${ENDPOINT}|${N.pressure}"]`);
  await expect(pressure.getByTestId("tag-value")).toContainText("6,75", { timeout: 20_000 });

  // A utility's tag list whose node column has a header no tool agrees on: mapped by hand.
  await page.getByTestId("view-engineering").click();
  await page.getByTestId("tab-tag-list").click();
  const csv = [
    "ID objekta;Naziv objekta;Usluga;Tip objekta;Opština;Geografska širina;Geografska dužina;Čvor u SCADA;Jedinica mere;Naziv taga",
    `MJ-01;Merno mesto Čair;Vodovod;merno mesto;Pantelej;43,3268;21,9413;"ns=1;i=10001";m3;Potrošnja ulaz`,
    `MJ-01;Merno mesto Čair;Vodovod;merno mesto;Pantelej;43,3268;21,9413;"ns=1;i=10002";m3;Potrošnja izlaz`,
  ].join("\r\n");
  await page.getByTestId("tag-list-file").setInputFiles({ name: "vodovod-merila.csv", mimeType: "text/csv", buffer: windows1250(`${csv}\r\n`) });
  await expect(page.getByTestId("tag-list-reading")).toHaveAttribute("data-encoding", "windows-1250");
  await expect(page.getByTestId("tag-list-reading")).toHaveAttribute("data-separator", ";");
  await expect(page.getByTestId("map-node")).toHaveValue("");
  await expect(page.getByTestId("tag-list-import-run")).toBeDisabled();
  await page.getByTestId("map-node").selectOption("7");
  await expect(page.getByTestId("tag-list-rows")).toContainText("čitljivo 2 od 2");
  await screenshots(page, "tag-list");
  await page.getByTestId("tag-list-import-run").click();
  await expect(page.getByTestId("tag-list-done")).toContainText(`Uvezeno na ${ENDPOINT}: 1 objekat (1 novih`);
  await expect(page.getByTestId("tab-assets")).toContainText("(2)");

  const download = page.waitForEvent("download");
  await page.getByTestId("tag-list-export-run").click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${ENDPOINT}-tag-list.csv`);
  const text = fs.readFileSync(await file.path(), "utf8");
  expect(text.startsWith("\ufeffAsset ID;Asset name;Service")).toBe(true);
  expect(text).toContain("PS-01;Crpna stanica Medoševac;water;crpna stanica;Crveni Krst;43,");
  expect(text).toContain("MJ-01;Merno mesto Čair;water;merno mesto;Pantelej;43,3268;21,9413;\"ns=1;i=10001\"");
  await expect(page.getByTestId("tag-list-exported")).toContainText("Izvezena 4 reda.");

  await page.getByTestId("tab-assets").click();
  await expect(page.getByTestId("engineered-row")).toHaveCount(2);
  await page.getByTestId("tab-versions").click();
  await expect(page.getByTestId("model-version-row")).toHaveCount(2);
  await screenshots(page, "versions");
  await page.getByTestId("tab-browser").click();
});
