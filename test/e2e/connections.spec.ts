/**
 * The connections view as people use it. On the default Niš site: the top-bar summary opens it
 * in the operator window and on a map wall, and it lists the seven utility servers connected,
 * each with its server name and security (screenshots in both languages, two sizes). Then, on a
 * host of its own, a utility's SCADA server the workstation has never seen: its card says the
 * certificate is not trusted and what to do; the trust dialog shows the thumbprint, and only an
 * engineer is offered Trust; the engineer trusts it and the endpoint connects, no restart. And a
 * server whose station password the workstation keeps: the card says none is kept yet, the
 * engineer enters it once, and the server connects.
 */
import { expect, test, type Page } from "@playwright/test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClientPki, ownCertificateFile, thumbprintOf, trustServerCertificate } from "../../main/core/connections/pki";
import { DEFAULT_SITE_FILE } from "../../main/core/sites/default-site";
import { startSimulator } from "../../main/simulator/index";
import { startHostProcess } from "./host-process";
import { HOST_URL_FILE } from "./host-setup";
import { signOut } from "./sign-in";

const hostUrl = () => fs.readFileSync(HOST_URL_FILE, "utf8").trim();
const SCREENS = "/work/screens";
const SIZES = [
  [1920, 1080],
  [1280, 800],
] as const;

const card = (page: Page, id: string) => page.locator(`[data-testid=endpoint-card][data-endpoint-id="${id}"]`);

async function openConnections(page: Page): Promise<void> {
  await page.getByTestId("connections-button").click();
  await expect(page.getByTestId("connections-view")).toBeVisible();
}

/** Closes whatever overlay is open (the trust dialog, then the drawer). */
async function closeAll(page: Page): Promise<void> {
  for (let i = 0; i < 3 && (await page.locator(".bp6-overlay-open").count()) > 0; i++) {
    await page.keyboard.press("Escape");
    await page.waitForTimeout(250);
  }
  await expect(page.getByTestId("connections-view")).toBeHidden();
}

/**
 * Both languages at both sizes, named connections-<what>-<language>-<w>x<h>.png: the language
 * switch is in the top bar behind the drawer, so each language closes and `show` opens again.
 */
async function screenshots(page: Page, what: string, show: () => Promise<void>): Promise<void> {
  await closeAll(page);
  for (const language of ["sr-Latn", "en"] as const) {
    await page.getByTestId(`language-${language}`).click();
    await show();
    for (const [w, h] of SIZES) {
      await page.setViewportSize({ width: w, height: h });
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(SCREENS, `connections-${what}-${language}-${w}x${h}.png`) });
    }
    await closeAll(page);
  }
  await page.getByTestId("language-sr-Latn").click();
  await page.setViewportSize({ width: 1600, height: 900 });
}

test("the connections view lists the seven utility servers, connected, with server and security", async ({ page }) => {
  await page.goto(hostUrl());
  await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "connected", { timeout: 60_000 });
  await openConnections(page);
  const cards = page.getByTestId("endpoint-card");
  await expect(cards).toHaveCount(7);
  for (const service of ["water", "heating", "waste", "parking", "lighting", "traffic", "air"]) {
    const c = card(page, `nis-${service}`);
    await expect(c).toHaveAttribute("data-state", "connected");
    await expect(c.getByTestId("endpoint-state")).toHaveText("Povezano");
    await expect(c.getByTestId("endpoint-server-name")).toHaveText(/^Niš field network simulator \((water|heating|waste|parking|lighting|traffic|air)\)$/);
    await expect(c.getByTestId("endpoint-security")).toHaveText("Potpisano i šifrovano · Basic256Sha256");
    await expect(c.getByTestId("endpoint-url")).toHaveText(/^opc\.tcp:\/\/127\.0\.0\.1:\d+/);
    // Nothing to retry on a connected server.
    await expect(c.getByTestId("endpoint-retry")).toHaveCount(0);
  }
  await expect(page.getByTestId("connections-count")).toHaveText("7 servera, povezanih 7");
  await expect(page.getByTestId("own-certificate-thumbprint")).toHaveText(/^[0-9a-f]{40}$/);
  await expect(page.getByTestId("own-certificate-file")).toContainText("client_certificate.pem");
  await screenshots(page, "seven", () => openConnections(page));

  // A map wall reaches it in one click too.
  await page.goto(`${hostUrl()}&role=map`);
  await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "connected", { timeout: 60_000 });
  await openConnections(page);
  await expect(page.getByTestId("endpoint-card")).toHaveCount(7);
});

const ENGINEER = { login: "engineer", password: "engineer-nis", name: "Jelena Ilić" };

async function signInEngineer(page: Page): Promise<void> {
  await signOut(page);
  await page.getByTestId("sign-in-button").click();
  await page.getByTestId("sign-in-login").fill(ENGINEER.login);
  await page.getByTestId("sign-in-password").fill(ENGINEER.password);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("session-control")).toHaveAttribute("data-login", ENGINEER.login, { timeout: 30_000 });
}

test("an untrusted server certificate: shown with its thumbprint, trusted by an engineer, then connected", async ({ page }) => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-e2e-trust-"));
  const dataDir = path.join(dir, "data");
  // A utility's own SCADA server, started apart from the workstation: it will know the
  // workstation's certificate (made beforehand, as an administrator would be handed it), but
  // the workstation has never seen its certificate.
  const scada = await startSimulator({ port: 0, seed: 9, pkiDir: path.join(dir, "scada-pki"), services: ["water"], startupScenario: null });
  const host = { kill: async () => undefined as void };
  try {
    await createClientPki(path.join(dataDir, "pki"));
    await scada.trustClientCertificate(ownCertificateFile(path.join(dataDir, "pki")));
    const site = JSON.parse(fs.readFileSync(DEFAULT_SITE_FILE, "utf8")) as { endpoints: Array<Record<string, unknown>> };
    site.endpoints = [
      site.endpoints.find((e) => e.id === "nis-air")!,
      {
        id: "vodovod-scada",
        url: scada.endpointUrl,
        securityMode: "SignAndEncrypt",
        securityPolicy: "Basic256Sha256",
        credentials: { user: "supervisor", passwordEnv: "CCR_E2E_SCADA_PASSWORD" },
      },
    ];
    const siteFile = path.join(dir, "site.json");
    fs.writeFileSync(siteFile, JSON.stringify(site));
    const started = await startHostProcess(["--data", dataDir, "--site", siteFile], { CCR_E2E_SCADA_PASSWORD: "supervisor-nis" });
    host.kill = started.kill;

    await page.goto(started.url);
    await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "error", { timeout: 60_000 });
    await openConnections(page);
    const scadaCard = card(page, "vodovod-scada");
    await expect(scadaCard).toHaveAttribute("data-problem", "certificate-untrusted", { timeout: 30_000 });
    await expect(scadaCard.getByTestId("endpoint-advice")).toContainText("Osoba ovlašćena za sertifikate uporedi otisak");
    await expect(scadaCard.getByTestId("endpoint-attempts")).toContainText(/neuspeš/);
    await expect(card(page, "nis-air")).toHaveAttribute("data-state", "connected", { timeout: 60_000 });
    await screenshots(page, "untrusted", () => openConnections(page));
    await openConnections(page);

    // Nobody signed in: the certificate is shown, the decision is not offered.
    const thumbprint = thumbprintOf(fs.readFileSync(scada.certificateFile));
    const showCertificate = async () => {
      await openConnections(page);
      await scadaCard.getByTestId("endpoint-check-certificate").click();
      await expect(page.getByTestId("trust-dialog")).toBeVisible();
    };
    await scadaCard.getByTestId("endpoint-check-certificate").click();
    await expect(page.getByTestId("certificate-thumbprint")).toHaveText(thumbprint);
    await expect(page.getByTestId("certificate-endpoints")).toHaveText("vodovod-scada");
    await expect(page.getByTestId("certificate-status")).toHaveAttribute("data-status", "rejected");
    await expect(page.getByTestId("trust-dialog").getByTestId("certificate-validity")).toHaveAttribute("data-validity", "valid");
    await expect(page.getByTestId("trust-not-permitted")).toBeVisible();
    await expect(page.getByTestId("certificate-trust")).toHaveCount(0);
    await screenshots(page, "trust-dialog-read-only", showCertificate);

    // The engineer decides: Trust, and the endpoint connects at once.
    await signInEngineer(page);
    await screenshots(page, "trust-dialog-engineer", showCertificate);
    await showCertificate();
    await expect(page.getByTestId("certificate-thumbprint")).toHaveText(thumbprint);
    await expect(page.getByTestId("trust-not-permitted")).toHaveCount(0);
    await page.getByTestId("certificate-trust").click();
    await expect(page.getByTestId("trust-dialog")).toBeHidden({ timeout: 15_000 });
    await expect(scadaCard).toHaveAttribute("data-state", "connected", { timeout: 20_000 });
    await expect(scadaCard.getByTestId("endpoint-server-name")).toContainText("Niš field network simulator");
    await expect(scadaCard.getByTestId("endpoint-problem")).toHaveCount(0);
    await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "connected");
    await screenshots(page, "trusted", () => openConnections(page));
    await signOut(page);
  } finally {
    await host.kill();
    await scada.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("a station password the workstation keeps: the card says none is kept, an engineer enters it once, and the server connects", async ({ page }) => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-e2e-kept-"));
  const dataDir = path.join(dir, "data");
  // A heating utility's server that takes no anonymous sessions; its certificate is trusted
  // beforehand (that part is the test above), so only the password stands in the way.
  const scada = await startSimulator({ port: 0, seed: 4, pkiDir: path.join(dir, "scada-pki"), services: ["heating"], startupScenario: null, allowAnonymous: false });
  const host = { kill: async () => undefined as void };
  try {
    const pki = await createClientPki(path.join(dataDir, "pki"));
    await trustServerCertificate(pki, scada.certificateFile);
    await scada.trustClientCertificate(ownCertificateFile(path.join(dataDir, "pki")));
    const site = JSON.parse(fs.readFileSync(DEFAULT_SITE_FILE, "utf8")) as { endpoints: Array<Record<string, unknown>> };
    site.endpoints = [
      site.endpoints.find((e) => e.id === "nis-air")!,
      { id: "toplana-scada", url: scada.endpointUrl, securityMode: "SignAndEncrypt", securityPolicy: "Basic256Sha256", credentials: { user: "supervisor", passwordKept: true } },
    ];
    const siteFile = path.join(dir, "site.json");
    fs.writeFileSync(siteFile, JSON.stringify(site));
    const started = await startHostProcess(["--data", dataDir, "--site", siteFile]);
    host.kill = started.kill;

    await page.goto(started.url);
    await openConnections(page);
    const scadaCard = card(page, "toplana-scada");
    await expect(scadaCard).toHaveAttribute("data-problem", "password-not-kept", { timeout: 30_000 });
    await expect(scadaCard.getByTestId("endpoint-problem")).toContainText("još nije sačuvana lozinka korisnika „supervisor“");
    await expect(scadaCard.getByTestId("endpoint-kept-password")).toHaveAttribute("data-kept", "false");
    // Nobody signed in: what is missing is said, entering it is not offered.
    await expect(scadaCard.getByTestId("endpoint-enter-password")).toHaveCount(0);

    await closeAll(page);
    await signInEngineer(page);
    const showDialog = async () => {
      await openConnections(page);
      await scadaCard.getByTestId("endpoint-enter-password").click();
      await expect(page.getByTestId("keep-password-dialog")).toBeVisible();
    };
    await screenshots(page, "kept-password-missing", () => openConnections(page));
    await screenshots(page, "kept-password-dialog", showDialog);
    await showDialog();
    await page.getByTestId("keep-password-input").fill("supervisor-nis");
    await expect(page.getByTestId("keep-password-input")).toHaveAttribute("type", "password");
    await page.getByTestId("keep-password-save").click();
    await expect(page.getByTestId("keep-password-dialog")).toBeHidden({ timeout: 15_000 });
    await expect(scadaCard).toHaveAttribute("data-state", "connected", { timeout: 30_000 });
    await expect(scadaCard.getByTestId("endpoint-kept-password")).toHaveAttribute("data-kept", "true");
    await expect(scadaCard.getByTestId("endpoint-kept-password")).toContainText("datoteci ključa");
    expect(fs.readFileSync(path.join(dataDir, "credentials", "toplana-scada.key"), "utf8")).toBe("supervisor-nis\n");
    await screenshots(page, "kept-password-kept", () => openConnections(page));
    await signOut(page);
  } finally {
    await host.kill();
    await scada.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
