/**
 * Engineering a site from a server that is not ours, through the contract, with the real core:
 * discovery finds nothing there and says so; an engineer browses (continuation points), reads
 * and searches the address space, makes an asset from a station and its variables; the asset
 * shows with live values, the station's alarm links to it through its SourceNode's ancestry,
 * the other alarm stays listed without an asset; the model is versioned and audited under the
 * engineer's name, refused to an operator, still there after a core restart, and exported with
 * the site file, from which a second workstation starts with it.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assetId, tagId, type AlarmState, type AssetInfo, type SessionInfo } from "../../../contract/api";
import type { BrowsePage, EndpointModel, EngineeredAsset, ModelVersion, NodeDetails, NodeSearchResult, SavedAsset, SiteExport } from "../../../contract/engineering";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import { passwordVariable } from "../../../main/core/engineering/site-export";
import { parseSiteConfig } from "../../../main/core/sites/site-config";
import { openWindow } from "../core/contract-window";
import { waitFor } from "../wait-for";
import { FOREIGN_USERS, METER_COUNT, N } from "./foreign-server";
import { ENDPOINT, PEOPLE, foreignSite, type ForeignSite } from "./foreign-site";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-interop-"));
const dataDir = path.join(dir, "data");
let foreign: ForeignSite;
let service: ControlRoomService;
let win: ReturnType<typeof openWindow>;

const STATION = assetId(ENDPOINT, N.station);
const asEngineer = () => win.call<SessionInfo>("signIn", { login: PEOPLE.engineer.login, password: PEOPLE.engineer.password });
/** node-opcua names a source by its qualified BrowseName ("1:MotorTemperature"). */
const alarmOf = (sourceName: string) => service.listAlarms().find((a) => a.sourceName.endsWith(sourceName));
const stationAsset = {
  endpointId: ENDPOINT,
  nodeId: N.station,
  externalId: "PS-01",
  name: "Crpna stanica Medoševac",
  service: "water",
  type: "PumpingStation",
  district: "Crveni Krst",
  lat: 43.335,
  lon: 21.872,
  tags: [{ nodeId: N.pressure }, { nodeId: N.flow, unit: "m³/h", range: { low: 0, high: 400 } }, { nodeId: N.pumpRunning, name: "Pumpa radi" }],
};

async function startCore(): Promise<void> {
  service = await ControlRoomService.start({ site: foreign.site, dataDir, pki: foreign.pki });
  win = openWindow(service);
}

beforeAll(async () => {
  foreign = await foreignSite(dir);
  // Both alarms active before anything is engineered.
  foreign.server.set(N.motorTemperature, 85);
  foreign.server.set(N.leakage, 15);
  await startCore();
  expect(await service.whenConnected(60_000)).toBe(true);
}, 90_000);

afterAll(async () => {
  await service?.stop();
  await foreign?.server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("engineering a site from a server that is not ours", () => {
  it("discovery finds nothing there and the endpoint's model says so; its alarms are listed without an asset", async () => {
    expect(await win.call<AssetInfo[]>("listAssets", {})).toEqual([]);
    const [model] = await win.call<EndpointModel[]>("listEndpointModels", {});
    expect(model).toMatchObject({ endpointId: ENDPOINT, discoveredAssets: 0, engineeredAssets: 0, notice: "nothing-discovered" });
    const motor = await waitFor("the motor temperature alarm", () => alarmOf("MotorTemperature"), 20_000);
    expect(motor).toMatchObject({ endpointId: ENDPOINT, assetId: null, active: true });
    expect(await waitFor("the leakage alarm", () => alarmOf("TotalLeakage"))).toMatchObject({ assetId: null, active: true });
  });

  it("refuses nobody and an operator, in words", async () => {
    await expect(win.call("browseNode", { endpointId: ENDPOINT })).rejects.toThrow(/forbidden: Nobody is signed in/);
    await win.call("signIn", { login: PEOPLE.operator.login, password: PEOPLE.operator.password });
    await expect(win.call("browseNode", { endpointId: ENDPOINT })).rejects.toThrow(/forbidden: Ana Petrović \(operator\) may not browse/);
    await expect(win.call("saveEngineeredAsset", stationAsset)).rejects.toThrow(/forbidden: Ana Petrović \(operator\) may not change the site's asset model/);
    await expect(win.call("deleteEngineeredAsset", { assetId: STATION })).rejects.toThrow(/forbidden/);
    const session = await asEngineer();
    expect(session.may.engineer).toBe(true);
    const map = openWindow(service, "map");
    await expect(map.call("browseNode", { endpointId: ENDPOINT })).rejects.toThrow(/forbidden: This window shows the map only/);
    await expect(win.call("browseNode", { endpointId: "elsewhere" })).rejects.toThrow(/not-found: This site has no endpoint "elsewhere"/);
  });

  it("browses the tree, and a folder of 1,200 variables page by page with continuation points", async () => {
    const top = await win.call<BrowsePage>("browseNode", { endpointId: ENDPOINT });
    expect(top.references.find((r) => r.browseName === "1:WaterUtility")).toMatchObject({ nodeClass: "Object", typeDefinitionName: "FolderType", hasChildren: true, referenceType: "Organizes" });
    const pages: BrowsePage[] = [await win.call<BrowsePage>("browseNode", { endpointId: ENDPOINT, nodeId: N.meters })];
    while (pages.at(-1)!.continuation) {
      pages.push(await win.call<BrowsePage>("browseNode", { endpointId: ENDPOINT, nodeId: N.meters, continuation: pages.at(-1)!.continuation }));
    }
    const meters = pages.flatMap((p) => p.references).filter((r) => r.browseName.startsWith("1:Meter_"));
    expect(pages.length).toBeGreaterThan(1);
    expect(new Set(meters.map((m) => m.nodeId)).size).toBe(METER_COUNT);
    expect(meters[0]).toMatchObject({ nodeId: "ns=1;i=10001", nodeClass: "Variable", hasChildren: false });
    await expect(win.call("browseNode", { endpointId: ENDPOINT, nodeId: "ns=1;s=NoSuchNode" })).rejects.toThrow(/not-found: The server has no node ns=1;s=NoSuchNode/);
  });

  it("reads a node's attributes, live value, unit and range", async () => {
    const pressure = await win.call<NodeDetails>("readNode", { endpointId: ENDPOINT, nodeId: N.pressure });
    expect(pressure).toMatchObject({
      nodeClass: "Variable",
      browseName: "1:Pressure",
      dataType: { nodeId: "ns=0;i=11", name: "Double" },
      valueRank: -1,
      value: { value: 4.2, status: "Good" },
      typeDefinitionName: "AnalogItemType",
      unit: "bar",
      range: { low: 0, high: 10 },
      referencesCut: false,
    });
    expect(pressure.value!.sourceTime).toBeGreaterThan(0);
    expect(pressure.references.map((r) => `${r.referenceType}:${r.browseName}`)).toEqual(
      expect.arrayContaining(["HasProperty:EngineeringUnits", "HasProperty:EURange", "HasComponent:1:PS_Medosevac"]),
    );
    const flow = await win.call<NodeDetails>("readNode", { endpointId: ENDPOINT, nodeId: "ns=1;i=5001" });
    expect(flow).toMatchObject({ unit: null, range: null, value: { value: 118.5 } });
  });

  it("searches by BrowseName below a root, bounded, saying what cut it short", async () => {
    // Deep enough for every alarm's own structure (LimitState/CurrentState/Id…): nothing left unseen.
    const found = await win.call<NodeSearchResult>("searchNodes", { endpointId: ENDPOINT, text: "pressure", maxDepth: 20 });
    expect(found.hits).toEqual([expect.objectContaining({ nodeId: N.pressure, path: "1:WaterUtility/1:Stations/1:PS_Medosevac/1:Pressure" })]);
    expect(found.cutShort).toBeNull();
    const many = await win.call<NodeSearchResult>("searchNodes", { endpointId: ENDPOINT, text: "Meter_", maxHits: 10 });
    expect(many).toMatchObject({ cutShort: "hits", hits: { length: 10 } });
    const shallow = await win.call<NodeSearchResult>("searchNodes", { endpointId: ENDPOINT, text: "MotorTemperature", maxDepth: 3 });
    expect(shallow).toMatchObject({ hits: [], cutShort: "depth" });
  });

  it("saves an asset: listed, its tags deliver values, the station's alarm links through its source's ancestors, the other stays unlinked", async () => {
    const saved = await win.call<SavedAsset>("saveEngineeredAsset", stationAsset);
    expect(saved.version).toMatchObject({ version: 1, action: "save", userName: PEOPLE.engineer.name, role: "engineer", summary: "created with 3 tags" });
    expect(saved.asset.tags).toEqual([
      { nodeId: N.pressure, name: "Pressure", unit: "bar", range: { low: 0, high: 10 }, metadataFrom: "server" },
      { nodeId: N.flow, name: "Flow", unit: "m³/h", range: { low: 0, high: 400 }, metadataFrom: "engineer" },
      { nodeId: N.pumpRunning, name: "Pumpa radi", unit: null, range: null, metadataFrom: "engineer" },
    ]);
    const listed = (await win.call<AssetInfo[]>("listAssets", {})).find((a) => a.id === STATION);
    expect(listed).toMatchObject({ name: "Crpna stanica Medoševac", service: "water", lat: 43.335, tags: { length: 3 } });
    expect(win.events.assets.at(-1)?.some((a) => a.id === STATION)).toBe(true);

    const pressure = tagId(ENDPOINT, N.pressure);
    await win.call("subscribeTags", { tagIds: [pressure, tagId(ENDPOINT, N.pumpRunning)] });
    foreign.server.set(N.pressure, 5.5);
    await waitFor("the live pressure", () => win.events.values.flat().find((v) => v.id === pressure && v.value === 5.5), 20_000);
    await waitFor("the pump state", () => win.events.values.flat().find((v) => v.id === tagId(ENDPOINT, N.pumpRunning) && v.value === true), 20_000);

    await waitFor("the motor alarm linked to the station", () => alarmOf("MotorTemperature")?.assetId === STATION, 20_000);
    foreign.server.set(N.motorTemperature, 97);
    await waitFor("the next motor event, still linked", () => win.alarmStates().find((a: AlarmState) => a.sourceName.endsWith("MotorTemperature") && a.severity > 0 && a.assetId === STATION && a.time > saved.version.at), 20_000);
    expect(alarmOf("TotalLeakage")).toMatchObject({ assetId: null, endpointId: ENDPOINT, active: true });
    const [model] = await win.call<EndpointModel[]>("listEndpointModels", {});
    expect(model).toMatchObject({ discoveredAssets: 0, engineeredAssets: 1 });
  });

  it("versions every change under the engineer's name, refuses a stale edit and a tag taken, and audits", async () => {
    const renamed = await win.call<SavedAsset>("saveEngineeredAsset", { ...stationAsset, name: "PS Medoševac", tags: stationAsset.tags.slice(0, 2), baseVersion: 1 });
    expect(renamed.version).toMatchObject({ version: 2, summary: 'name "Crpna stanica Medoševac" → "PS Medoševac"; tags −Pumpa radi' });
    await expect(win.call("saveEngineeredAsset", { ...stationAsset, baseVersion: 1 })).rejects.toThrow(/bad-request: "Crpna stanica Medoševac" was changed by Jelena Ilić .* since you opened it/);
    await expect(
      win.call("saveEngineeredAsset", { ...stationAsset, nodeId: N.pump, name: "Pumpa 1", tags: [{ nodeId: N.pressure }] }),
    ).rejects.toThrow(/bad-request: ns=1;s=PS_Medosevac.Pressure is already a tag of "PS Medoševac"/);
    await expect(win.call("saveEngineeredAsset", { ...stationAsset, tags: [{ nodeId: N.pump }] })).rejects.toThrow(/is an Object, not a Variable/);
    await expect(win.call("saveEngineeredAsset", { ...stationAsset, nodeId: "ns=1;s=Gone" })).rejects.toThrow(/The server has no node ns=1;s=Gone/);

    const versions = await win.call<ModelVersion[]>("listModelVersions", {});
    expect(versions.map((v) => `${v.version}:${v.action}:${v.userName}`)).toEqual(["2:save:Jelena Ilić", "1:save:Jelena Ilić"]);
    const audit = (await service.audit(50)).filter((r) => r.action.startsWith("model-asset"));
    expect(audit.map((r) => `${r.action}:${r.userName}:${r.role}:${r.target}`)).toEqual([
      `model-asset-save:Jelena Ilić:engineer:${STATION}`,
      `model-asset-save:Jelena Ilić:engineer:${STATION}`,
    ]);
  });

  it("keeps the engineered model across a core restart: listed at once, live again, alarms linked", async () => {
    await service.stop();
    await startCore();
    const before = await win.call<EngineeredAsset[]>("listEngineeredAssets", {});
    expect(before).toMatchObject([{ id: STATION, name: "PS Medoševac", version: 2, externalId: "PS-01", tags: { length: 2 } }]);
    expect((await win.call<AssetInfo[]>("listAssets", {})).map((a) => a.id)).toEqual([STATION]);
    expect(await service.whenConnected(60_000)).toBe(true);
    await win.call("subscribeTags", { tagIds: [tagId(ENDPOINT, N.flow)] });
    foreign.server.set(N.flow, 131);
    await waitFor("the live flow after the restart", () => win.events.values.flat().find((v) => v.id === tagId(ENDPOINT, N.flow) && v.value === 131 && !v.stale), 20_000);
    await waitFor("the motor alarm linked after the restart", () => alarmOf("MotorTemperature")?.assetId === STATION, 20_000);
    expect((await win.call<EndpointModel[]>("listEndpointModels", {}))[0]).toMatchObject({ engineeredAssets: 1, notice: "nothing-discovered" });
  });

  it("exports the site with its engineered model, no password in it; a second workstation starts from that file with the asset, live", async () => {
    await expect(win.call("exportSite", {})).rejects.toThrow(/forbidden/);
    await asEngineer();
    const exported = await win.call<SiteExport>("exportSite", {});
    expect(exported.fileName).toMatch(/^interop-site-\d{4}-\d{2}-\d{2}\.json$/);
    expect(exported.json).not.toContain(FOREIGN_USERS.station);
    const variable = passwordVariable(ENDPOINT);
    expect(exported.warnings).toEqual([expect.stringContaining(variable)]);
    const file = path.join(dir, exported.fileName);
    fs.writeFileSync(file, exported.json);
    const second = await ControlRoomService.start({ site: parseSiteConfig(JSON.parse(exported.json), file, { [variable]: FOREIGN_USERS.station }), dataDir: path.join(dir, "second"), pki: foreign.pki });
    try {
      // Listed at once from the file, before any browsing or connection.
      expect(second.listAssets().map((a) => a.id)).toEqual([STATION]);
      const other = openWindow(second);
      const versions = await other.call<ModelVersion[]>("listModelVersions", {});
      expect(versions.map((v) => `${v.version}:${v.userName}`)).toEqual(['1:site file "interop"']);
      expect(await second.whenConnected(60_000)).toBe(true);
      await other.call("subscribeTags", { tagIds: [tagId(ENDPOINT, N.flow)] });
      foreign.server.set(N.flow, 177);
      await waitFor("the flow on the second workstation", () => other.events.values.flat().find((v) => v.id === tagId(ENDPOINT, N.flow) && v.value === 177 && !v.stale), 20_000);
    } finally {
      await second.stop();
    }
  });

  it("deletes the asset: versioned, audited, gone from the list, its alarm unlinked again", async () => {
    await asEngineer();
    const { version } = await win.call<{ version: ModelVersion }>("deleteEngineeredAsset", { assetId: STATION, baseVersion: 2 });
    expect(version).toMatchObject({ version: 3, action: "delete", userName: PEOPLE.engineer.name });
    expect(await win.call<AssetInfo[]>("listAssets", {})).toEqual([]);
    await waitFor("the motor alarm unlinked", () => alarmOf("MotorTemperature")?.assetId === null, 20_000);
    expect((await service.audit(5))[0]).toMatchObject({ action: "model-asset-delete", userName: PEOPLE.engineer.name });
  });
});
