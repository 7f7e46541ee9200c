/**
 * A pending acknowledgement becoming done after the link comes back (issue #7 item 3), in a real
 * browser: the host talks to its OPC UA server through a TCP proxy that the test stalls; the
 * operator acknowledges by keyboard while the link is down, the row says the acknowledgement
 * waits, and once the link is back the server's acknowledged state replaces it.
 */
import { expect, test, type Page } from "@playwright/test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClientPki, ownCertificateFile, trustServerCertificate } from "../../main/core/connections/pki";
import { DEFAULT_SITE_FILE } from "../../main/core/sites/default-site";
import { startSimulator, type RunningSimulator } from "../../main/simulator/index";
import { startTcpProxy, type TcpProxy } from "../integration/resilience/tcp-proxy";
import { startHostProcess, type HostProcess } from "./host-process";
import { signIn } from "./sign-in";

let dir: string;
let sim: RunningSimulator;
let proxy: TcpProxy;
let host: HostProcess;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-offline-ack-"));
  const dataDir = path.join(dir, "data");
  sim = await startSimulator({ seed: 5, pkiDir: path.join(dir, "sim-pki"), services: ["lighting", "water"] });
  sim.startScenario("lighting-cabinet-outage");
  const pki = await createClientPki(path.join(dataDir, "pki"));
  await trustServerCertificate(pki, sim.certificateFile);
  await sim.trustClientCertificate(ownCertificateFile(path.join(dataDir, "pki")));
  proxy = await startTcpProxy(sim.endpointUrl);
  const nis = JSON.parse(fs.readFileSync(DEFAULT_SITE_FILE, "utf8")) as Record<string, unknown>;
  const keep = ["id", "name", "centre", "zoom", "services", "user", "users", "positions", "permissions"];
  const site = {
    ...Object.fromEntries(keep.filter((k) => k in nis).map((k) => [k, nis[k]])),
    endpoints: [
      {
        id: "nis-field",
        url: proxy.url,
        securityMode: "SignAndEncrypt",
        securityPolicy: "Basic256Sha256",
        samplingIntervalMs: 0,
        keepAliveMs: 2000,
        credentials: { user: "supervisor", passwordEnv: "CCR_E2E_OFFLINE_ACK_PASSWORD" },
      },
    ],
  };
  const siteFile = path.join(dir, "site.json");
  fs.writeFileSync(siteFile, JSON.stringify(site));
  host = await startHostProcess(["--data", dataDir, "--site", siteFile], { CCR_E2E_OFFLINE_ACK_PASSWORD: "supervisor-nis" });
});

test.afterAll(async () => {
  await host?.kill();
  await proxy?.close();
  await sim?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const focusedRowId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.alarmId ?? null);

test("an acknowledgement made while the link is down waits, then the server's acknowledged state replaces it", async ({ page }) => {
  await page.goto(host.url);
  await signIn(page, "operator");
  const unacked = page.locator('[data-testid=alarm-row][data-acked="false"]');
  await expect(unacked.first()).toBeVisible({ timeout: 60_000 });
  await page.locator("[data-testid=alarm-grid] [role=row][tabindex='0']").focus();
  await page.keyboard.press("Home");
  const id = (await focusedRowId(page))!;
  const row = page.locator(`[data-testid=alarm-row][data-alarm-id="${id}"]`);
  await expect(row).toHaveAttribute("data-acked", "false");

  // The link stalls: the endpoint is no longer live, and the row's alarm goes stale.
  proxy.stall();
  await expect(page.getByTestId("connection-state")).not.toHaveAttribute("data-state", "connected", { timeout: 30_000 });
  await expect(row).toHaveAttribute("data-stale", "true", { timeout: 30_000 });
  await row.focus();
  await page.keyboard.press("a");
  await expect(page.getByTestId("ack-comment")).toBeFocused();
  await page.keyboard.type("Potvrđeno bez veze");
  await page.keyboard.press("Enter");
  await expect(row.getByTestId("ack-queued")).toBeVisible({ timeout: 15_000 });
  await expect(row).toHaveAttribute("data-acked", "false");

  // The link is back: the outbox sends it, and the server's acknowledged state comes.
  proxy.resume();
  await expect(row).toHaveAttribute("data-acked", "true", { timeout: 60_000 });
  await expect(row.getByTestId("ack-queued")).toHaveCount(0);
  await expect(row).toContainText("Potvrđeno bez veze");
});
