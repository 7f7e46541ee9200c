/**
 * Operator commands against the simulator, through the contract as a window calls it: a command
 * written online is audited with the person and old → new, the server's value follows and the
 * server saw the person's own session; a server refusal comes back with its status code; a role
 * without the command permission, a map window and an offline endpoint are refused at once,
 * leaving no outbox row behind (a command is never queued).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AssetCommands, AssetInfo, CommandResult, OutboxEntry, TagId, TagValue } from "../../../contract/api";
import { OUTBOX_STATUSES } from "../../../contract/api";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import { DEFAULT_SITE_FILE } from "../../../main/core/sites/default-site";
import { loadSiteConfig } from "../../../main/core/sites/site-config";
import { waitFor } from "../wait-for";
import { openWindow } from "./contract-window";
import { restartableServer, type RestartableServer } from "./restartable-server";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-commands-"));
const until = <T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, ms = 60_000) => waitFor(what, probe, ms);

let server: RestartableServer;
let service: ControlRoomService;
let win: ReturnType<typeof openWindow>;

beforeAll(async () => {
  server = await restartableServer(dir, 6);
  // The Niš site's people (operator, supervisor, maintenance, engineer) and its permissions.
  const nis = loadSiteConfig(DEFAULT_SITE_FILE);
  const site = { ...server.site, users: nis.users, permissions: nis.permissions };
  service = await ControlRoomService.start({ site, dataDir: path.join(dir, "data"), pki: server.pki });
  win = openWindow(service);
  expect(await service.whenConnected(90_000)).toBe(true);
}, 120_000);

afterAll(async () => {
  await service?.stop();
  await server?.sim.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const signIn = (login: string) => win.call("signIn", { login, password: `${login}-nis` });
const assetOfType = (type: string): AssetInfo => service.listAssets().find((a) => a.type === type)!;
const tagOf = (asset: AssetInfo, name: string): TagId => asset.tags.find((t) => t.name === name)!.id;
/** The latest value every window was pushed for a tag. */
const pushed = (id: TagId) => win.events.values.flat().filter((v) => v.id === id).at(-1)?.value;
const everyRow = () => win.call<OutboxEntry[]>("listActions", { statuses: [...OUTBOX_STATUSES], limit: 5000 });

describe("operator commands", () => {
  it("switches a lighting cabinet off online: the server's value follows, it saw the person, the audit names them with old → new", async () => {
    await signIn("operator");
    const cabinet = assetOfType("LightingCabinet");
    const listed = await win.call<AssetCommands>("listCommands", { assetId: cabinet.id });
    expect(listed.fresh).toBe(true);
    expect(listed.commands.map((c) => [c.name, c.valueType, c.values])).toEqual([["Mode", "text", ["Auto", "ManualOn", "ManualOff"]]]);

    const mode = tagOf(cabinet, "Mode");
    const energised = tagOf(cabinet, "Energised");
    const now = await win.call<TagValue[]>("subscribeTags", { tagIds: [mode, energised] });
    expect(now.find((v) => v.id === mode)?.value).toBe("Auto");
    const result = await win.call<CommandResult>("writeCommand", { tagId: mode, value: "ManualOff" });
    expect(result).toMatchObject({ status: "done", serverStatus: "Good", error: null });

    // The plant follows: the mode shows the command and the circuit is off. After sunrise the
    // circuit was off already in Auto, so no new value comes for it: the last known one counts.
    const latest = (id: TagId) => pushed(id) ?? now.find((v) => v.id === id)?.value;
    await until("the new mode and the circuit off", () => latest(mode) === "ManualOff" && latest(energised) === false);
    // The server judged the write on the operator's own session.
    expect(server.sim.commands().at(-1)).toMatchObject({ user: "operator", value: "ManualOff", status: "Good" });
    const audit = await service.audit(20);
    const row = audit.find((r) => r.action === "write");
    expect(row).toMatchObject({ userName: "Ana Petrović", role: "operator", target: mode });
    expect(row!.detail).toBe(`Command "${cabinet.name} · Mode": "Auto" → "ManualOff"`);
  }, 120_000);

  it("resets a pump fault: the fault clears and its alarm returns to normal", async () => {
    await signIn("operator");
    server.sim.startScenario("pump-trip");
    const alarm = await until("an active pump fault alarm", () => service.listAlarms().find((a) => a.conditionName === "PumpFaultAlarm" && a.active));
    const pump = service.listAssets().find((a) => a.id === alarm.assetId)!;
    const fault = tagOf(pump, "PumpFault");
    await win.call<AssetCommands>("listCommands", { assetId: pump.id });
    // A fault cannot be raised from outside: true is not a value the command takes.
    const raise = await win.call<CommandResult>("writeCommand", { tagId: fault, value: true });
    expect(raise).toMatchObject({ status: "failed", serverStatus: "BadOutOfRange" });
    const reset = await win.call<CommandResult>("writeCommand", { tagId: fault, value: false });
    expect(reset).toMatchObject({ status: "done", serverStatus: "Good" });
    await until("the pump fault alarm back to normal", () => service.listAlarms().find((a) => a.id === alarm.id && !a.active) ?? (!service.listAlarms().some((a) => a.id === alarm.id) && alarm));
  }, 120_000);

  it("brings back the server's refusal in its own words: a mode the controller does not have is BadOutOfRange", async () => {
    await signIn("supervisor");
    const controller = assetOfType("SignalController");
    await win.call<AssetCommands>("listCommands", { assetId: controller.id });
    const mode = tagOf(controller, "Mode");
    const refused = await win.call<CommandResult>("writeCommand", { tagId: mode, value: "Disco" });
    expect(refused).toMatchObject({ status: "failed", serverStatus: "BadOutOfRange" });
    expect(refused.error).toContain("BadOutOfRange");
    // A value of the wrong type never leaves the workstation: the field is named.
    await expect(win.call("writeCommand", { tagId: mode, value: 3 })).rejects.toThrow(/bad-request: field "value".*takes a text value/);
    // A tag that is not a command is refused too.
    await expect(win.call("writeCommand", { tagId: tagOf(controller, "CycleTime"), value: 60 })).rejects.toThrow(/bad-request: .* is not a command/);
  }, 60_000);

  it("refuses a role without the command permission, and a map window, called directly on the contract", async () => {
    const cabinet = assetOfType("LightingCabinet");
    const mode = tagOf(cabinet, "Mode");
    await signIn("maintenance");
    const before = (await everyRow()).length;
    await expect(win.call("writeCommand", { tagId: mode, value: "ManualOn" })).rejects.toThrow(/forbidden: Nikola Stojanović \(maintenance\) may not write/);
    await signIn("operator");
    const wall = openWindow(service, "map");
    await expect(wall.call("writeCommand", { tagId: mode, value: "ManualOn" })).rejects.toThrow(/forbidden: This window shows the map only/);
    expect((await everyRow()).length).toBe(before);
  }, 60_000);

  it("refuses a command at once while the endpoint is offline, and leaves no outbox row", async () => {
    await signIn("operator");
    const cabinet = assetOfType("LightingCabinet");
    const mode = tagOf(cabinet, "Mode");
    const before = await everyRow();
    await server.sim.stop();
    await until("the endpoint to be down", () => service.getConnections().every((c) => c.state !== "connected"));
    // The commands seen before are still listed (a window keeps its controls), marked not fresh.
    const listed = await win.call<AssetCommands>("listCommands", { assetId: cabinet.id });
    expect(listed).toMatchObject({ fresh: false, commands: [{ name: "Mode" }] });
    await expect(win.call("writeCommand", { tagId: mode, value: "ManualOn" })).rejects.toThrow(/unavailable: Endpoint "nis-field" is (disconnected|connecting|error).*never queued/);
    const after = await everyRow();
    expect(after.length).toBe(before.length);
    expect(after.filter((r) => r.kind === "write" && r.status === "pending")).toEqual([]);
  }, 90_000);
});
