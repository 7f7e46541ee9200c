/**
 * Preparing for the field through the contract, on a real simulator and a loopback tile server:
 * nobody signed in and an operator are refused in words; a maintenance engineer prepares a
 * district (model, last values, every tag's history for the period asked of the server, tiles)
 * with progress on the offline topic, and the store then holds what the summary says; a second
 * run cancelled at once keeps its tiles and is said to be cancelled.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FieldEstimate, OfflineJob, OfflineMapStatus, SessionInfo } from "../../../contract/api";
import { endpointId } from "../../../contract/ids";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import { createClientPki, ownCertificateFile, trustServerCertificate } from "../../../main/core/connections/pki";
import { DEFAULT_SITE_FILE } from "../../../main/core/sites/default-site";
import { loadSiteConfig } from "../../../main/core/sites/site-config";
import { startSimulator, type RunningSimulator } from "../../../main/simulator/index";
import { openWindow } from "../core/contract-window";
import { waitFor } from "../wait-for";
import { startTileServer, type TileServer } from "./tile-server";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-field-"));
let sim: RunningSimulator;
let tiles: TileServer;
let service: ControlRoomService;

beforeAll(async () => {
  tiles = await startTileServer();
  sim = await startSimulator({ seed: 9, pkiDir: path.join(dir, "sim-pki"), services: ["air", "water"] });
  const pki = await createClientPki(path.join(dir, "pki"));
  await trustServerCertificate(pki, sim.certificateFile);
  await sim.trustClientCertificate(ownCertificateFile(path.join(dir, "pki")));
  const site = loadSiteConfig(DEFAULT_SITE_FILE);
  site.endpoints = [{ ...site.endpoints[0]!, id: endpointId("nis-field"), embeddedSimulator: undefined, url: sim.endpointUrl, credentials: { user: "supervisor", password: "supervisor-nis" } }];
  site.users = [
    { login: "operator", name: "Ana Petrović", role: "operator" },
    { login: "maintenance", name: "Nikola Stojanović", role: "maintenance" },
  ];
  site.tileUrl = tiles.template;
  site.tileDownload = { requestsPerSecond: 50 };
  service = await ControlRoomService.start({ site, dataDir: path.join(dir, "data"), pki });
  expect(await service.whenConnected(90_000)).toBe(true);
}, 180_000);

afterAll(async () => {
  await service?.stop();
  await sim?.stop();
  await tiles?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("prepare for the field", () => {
  it("refuses nobody and an operator, then prepares a district for a maintenance engineer", async () => {
    const win = openWindow(service);
    const status = await win.call<OfflineMapStatus>("getOfflineMaps", {});
    expect(status.districts.length).toBeGreaterThan(1);
    expect(status.files).toEqual([]);
    const district = status.districts[0]!;
    const now = Date.now();
    const request = { area: { kind: "districts", districts: [district] }, zooms: [12, 13], from: now - 3600_000, to: now };

    await expect(win.call("prepareForField", request)).rejects.toThrow(/forbidden: Nobody is signed in/);
    const ana = await win.call<SessionInfo>("signIn", { login: "operator", password: "operator-nis" });
    expect(ana.may.field).toBe(false);
    await expect(win.call("prepareForField", request)).rejects.toThrow(/forbidden: Preparing for the field .* is for maintenance, engineer/);
    await expect(win.call("importTiles", { file: "/nowhere.mbtiles" })).rejects.toThrow(/forbidden/);

    const nikola = await win.call<SessionInfo>("signIn", { login: "maintenance", password: "maintenance-nis" });
    expect(nikola.may.field).toBe(true);
    await expect(win.call("prepareForField", { ...request, area: { kind: "districts", districts: ["Atlantis"] } })).rejects.toThrow(/field "area.districts": no asset of the site is in "Atlantis"/);
    const estimate = await win.call<FieldEstimate>("estimateField", request);
    expect(estimate.assets).toBeGreaterThan(0);
    expect(estimate.tiles.tiles).toBeGreaterThan(0);

    const started = await win.call<OfflineJob>("prepareForField", request);
    expect(started).toMatchObject({ kind: "field", state: "running", startedBy: "Nikola Stojanović", total: estimate.tags + estimate.tiles.tiles });
    await expect(win.call("downloadTiles", { area: request.area, zooms: [12] })).rejects.toThrow(/unavailable: A field preparation started by Nikola Stojanović is running/);
    const ended = await waitFor("the preparation to end", () => win.events.offline.map((s) => s.job).find((j) => j?.id === started.id && j.state !== "running"), 120_000);

    expect(ended.state).toBe("done");
    expect(ended.done).toBe(ended.total);
    const field = ended.field!;
    expect(field).toMatchObject({ assets: estimate.assets, tags: estimate.tags, storedModelOnly: [] });
    expect(field.historyFilled + field.historyNotKept + field.historyFailed).toBe(estimate.tags);
    // The simulator historizes its key variables and nothing else: both kinds are in any district.
    expect(field.historyFilled).toBeGreaterThan(0);
    expect(field.historyNotKept).toBeGreaterThan(0);
    expect(field.lastValues).toBeGreaterThan(0);
    // One progress bar: the steps in order, and the count rising through history and tiles.
    const seen = win.events.offline.map((s) => s.job).filter((j) => j?.id === started.id);
    const steps = [...new Set(seen.map((j) => j!.step).filter((s) => s !== null))];
    expect(steps).toEqual(["model", "values", "history", "tiles"]);
    const dones = seen.map((j) => j!.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(dones[0]).toBe(0);
    expect(dones.at(-1)).toBe(ended.total);

    const after = await win.call<OfflineMapStatus>("getOfflineMaps", {});
    expect(after.files).toMatchObject([{ source: "downloaded", tiles: estimate.tiles.tiles, minZoom: 12, maxZoom: 13 }]);
    expect(tiles.requests.length).toBe(estimate.tiles.tiles);
  }, 200_000);

  it("a cancelled download keeps its tiles and says so", async () => {
    const win = openWindow(service);
    await win.call("signIn", { login: "maintenance", password: "maintenance-nis" });
    const status = await win.call<OfflineMapStatus>("getOfflineMaps", {});
    const area = { kind: "districts", districts: [status.districts[1]!] };
    const started = await win.call<OfflineJob>("downloadTiles", { area, zooms: [15, 16] });
    await waitFor("a few tiles", () => win.events.offline.map((s) => s.job).find((j) => j?.id === started.id && j.done >= 3), 60_000);
    const cancelled = await win.call<{ job: OfflineJob }>("cancelOfflineJob", {});
    expect(cancelled.job.id).toBe(started.id);
    const ended = await waitFor("the cancel", () => win.events.offline.map((s) => s.job).find((j) => j?.id === started.id && j.state !== "running"), 30_000);
    expect(ended.state).toBe("cancelled");
    expect(ended.done).toBeLessThan(ended.total);
    const files = (await win.call<OfflineMapStatus>("getOfflineMaps", {})).files;
    expect(files[0]!.maxZoom).toBeGreaterThanOrEqual(15);
    await win.call("signOut", {});
  }, 120_000);
});
