/**
 * Tag lists through the contract against a server that is not ours: a Serbian Excel export
 * (Windows-1250, semicolons, Serbian headers, decimal commas, NodeIds and a browse path) is
 * previewed, imported onto the endpoint and shown with live values; a broken file is refused
 * naming line and column (in the file, and against the server) with nothing saved; the export
 * imports back to the same model; an operator may do none of it.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assetId, tagId, type AssetInfo, type SessionInfo } from "../../../contract/api";
import type { EngineeredAsset, ModelVersion } from "../../../contract/engineering";
import type { TagListExport, TagListImport, TagListPreview } from "../../../contract/tag-list";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import { openWindow } from "../core/contract-window";
import { waitFor } from "../wait-for";
import { N } from "./foreign-server";
import { ENDPOINT, PEOPLE, foreignSite, type ForeignSite } from "./foreign-site";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-taglist-"));
let foreign: ForeignSite;
let service: ControlRoomService;
let win: ReturnType<typeof openWindow>;

/** The Serbian letters (and the dash) of Windows-1250; the rest of the text is ASCII. */
const CP1250: Record<string, number> = { š: 0x9a, Š: 0x8a, đ: 0xf0, Đ: 0xd0, č: 0xe8, Č: 0xc8, ć: 0xe6, Ć: 0xc6, ž: 0x9e, Ž: 0x8e, "—": 0x97 };
function windows1250(text: string): string {
  const bytes = [...text].map((c) => {
    const code = CP1250[c] ?? c.charCodeAt(0);
    if (code > 0xff || (code > 0x7f && !(c in CP1250))) throw new Error(`no Windows-1250 byte for ${c}`);
    return code;
  });
  return Buffer.from(bytes).toString("base64");
}

const HEADER = "ID objekta;Naziv objekta;Usluga;Tip objekta;Opština;Geografska širina;Geografska dužina;Adresa;Jedinica mere;Naziv taga;Opseg od;Opseg do";
const STATION_ROWS = [
  `PS-01;Crpna stanica Medoševac;Vodovod;crpna stanica;Crveni Krst;43,3351;21,8721;"${N.pressure}";;Pritisak;;`,
  "PS-01;Crpna stanica Medoševac;Vodovod;crpna stanica;Crveni Krst;43,3351;21,8721;/Objects/1:WaterUtility/1:Stations/1:PS_Medosevac/1:Flow;m3/h;Protok;0;400,5",
  `PS-01;Crpna stanica Medoševac;Vodovod;crpna stanica;Crveni Krst;43,3351;21,8721;"${N.motorTemperature}";;Temperatura motora;;`,
];
const METER_ROWS = [
  `MJ-01;Merno mesto Čair;Vodovod;merno mesto;Pantelej;43,3268;21,9413;"ns=1;i=10001";m3;Potrošnja ulaz;;`,
  `MJ-01;Merno mesto Čair;Vodovod;merno mesto;Pantelej;43,3268;21,9413;"ns=1;i=10002";m3;Potrošnja izlaz;;`,
  `MJ-03;Merno mesto Šljaka;Vodovod;merno mesto;Palilula;43,3102;21,9305;"ns=1;i=10003";m3;Potrošnja;;`,
];
const fileOf = (lines: string[]) => windows1250(`Izvoz tagova — SCADA Vodovod Niš;;;;;;;;;;;\r\n${[HEADER, ...lines].join("\r\n")}\r\n`);
const GOOD = fileOf([...STATION_ROWS, ...METER_ROWS]);

const STATION = assetId(ENDPOINT, N.station);
const METERS = assetId(ENDPOINT, N.meters);
const METER_3 = assetId(ENDPOINT, "ns=1;i=10003");
const sameModel = (assets: EngineeredAsset[]) =>
  assets.map(({ version: _v, updatedAt: _u, updatedBy: _b, ...rest }) => rest).sort((a, b) => a.id.localeCompare(b.id));

beforeAll(async () => {
  foreign = await foreignSite(dir);
  service = await ControlRoomService.start({ site: foreign.site, dataDir: path.join(dir, "data"), pki: foreign.pki });
  win = openWindow(service);
  expect(await service.whenConnected(60_000)).toBe(true);
}, 90_000);

afterAll(async () => {
  await service?.stop();
  await foreign?.server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("tag lists from and to a server that is not ours", () => {
  it("is for engineers only", async () => {
    await expect(win.call("previewTagList", { bytesBase64: GOOD })).rejects.toThrow(/forbidden: Nobody is signed in/);
    await win.call("signIn", { login: PEOPLE.operator.login, password: PEOPLE.operator.password });
    await expect(win.call("previewTagList", { bytesBase64: GOOD })).rejects.toThrow(/forbidden: Ana Petrović \(operator\) may not read tag lists/);
    await expect(win.call("importTagList", { endpointId: ENDPOINT, bytesBase64: GOOD, mapping: {} })).rejects.toThrow(/forbidden/);
    await expect(win.call("exportTagList", { endpointId: ENDPOINT })).rejects.toThrow(/forbidden/);
    await win.call<SessionInfo>("signIn", { login: PEOPLE.engineer.login, password: PEOPLE.engineer.password });
  });

  it("previews a Windows-1250 semicolon file with Serbian headers and decimal commas", async () => {
    const p = await win.call<TagListPreview>("previewTagList", { bytesBase64: GOOD });
    expect(p).toMatchObject({ encoding: "windows-1250", separator: ";", headerLine: 2, decimal: ",", totalRows: 6, goodRows: 6, errorCount: 0, missing: [] });
    expect(p.headers[4]).toBe("Opština");
    expect(p.rows[1]!.row).toMatchObject({ assetName: "Crpna stanica Medoševac", service: "water", lat: 43.3351, nodeKind: "browsePath", rangeHigh: 400.5 });
  });

  it("imports it: each asset at the node above its tags (or its only tag), versioned and audited per asset, listed with live values", async () => {
    const { mapping } = await win.call<TagListPreview>("previewTagList", { bytesBase64: GOOD });
    const result = await win.call<TagListImport>("importTagList", { endpointId: ENDPOINT, bytesBase64: GOOD, mapping });
    expect(result).toMatchObject({ assets: 3, tags: 6, created: 3, changed: 0, unchanged: 0, versioning: "per-asset" });
    expect(result.versions.map((v) => [v.assetId, v.userName, v.summary])).toEqual([
      [STATION, PEOPLE.engineer.name, "created with 3 tags"],
      [METERS, PEOPLE.engineer.name, "created with 2 tags"],
      [METER_3, PEOPLE.engineer.name, "created with 1 tag"],
    ]);

    const assets = await win.call<AssetInfo[]>("listAssets", {});
    expect(assets.find((a) => a.id === STATION)).toMatchObject({ name: "Crpna stanica Medoševac", service: "water", district: "Crveni Krst", lat: 43.3351, lon: 21.8721, tags: { length: 3 } });
    expect(assets.find((a) => a.id === METERS)).toMatchObject({ name: "Merno mesto Čair", tags: { length: 2 } });
    const station = (await win.call<EngineeredAsset[]>("listEngineeredAssets", { endpointId: ENDPOINT })).find((a) => a.id === STATION)!;
    expect(station.externalId).toBe("PS-01");
    expect(station.tags).toEqual([
      { nodeId: N.pressure, name: "Pritisak", unit: "bar", range: { low: 0, high: 10 }, metadataFrom: "server" },
      { nodeId: N.flow, name: "Protok", unit: "m3/h", range: { low: 0, high: 400.5 }, metadataFrom: "engineer" },
      { nodeId: N.motorTemperature, name: "Temperatura motora", unit: "°C", range: { low: -20, high: 150 }, metadataFrom: "server" },
    ]);

    const flow = tagId(ENDPOINT, N.flow);
    const meter = tagId(ENDPOINT, "ns=1;i=10002");
    await win.call("subscribeTags", { tagIds: [flow, meter] });
    foreign.server.set(N.flow, 222.5);
    foreign.server.set("ns=1;i=10002", 77);
    await waitFor("the imported flow, live", () => win.events.values.flat().find((v) => v.id === flow && v.value === 222.5), 20_000);
    await waitFor("the imported meter, live", () => win.events.values.flat().find((v) => v.id === meter && v.value === 77), 20_000);

    const audit = (await service.audit(20)).filter((r) => r.action.startsWith("model-"));
    expect(audit[0]).toMatchObject({ action: "model-tag-list-import", userName: PEOPLE.engineer.name, role: "engineer", target: ENDPOINT });
    expect(audit[0]!.detail).toMatch(/3 assets with 6 tags, 3 created, 0 changed, 0 unchanged, model versions \d+–\d+ \(one per asset\)/);
    expect(audit.filter((r) => r.action === "model-asset-save")).toHaveLength(3);
  });

  it("refuses a broken file whole, naming line and column, in the file and against the server", async () => {
    const before = await win.call<ModelVersion[]>("listModelVersions", {});
    const badNumber = fileOf([STATION_ROWS[0]!, `MJ-05;Merno mesto Duvanište;Vodovod;merno mesto;Crveni Krst;43,31x;21,88;"ns=1;i=10005";m3;Potrošnja;;`]);
    const { mapping } = await win.call<TagListPreview>("previewTagList", { bytesBase64: badNumber });
    const preview = await win.call<TagListPreview>("previewTagList", { bytesBase64: badNumber, mapping });
    expect(preview.errors[0]).toMatchObject({ code: "not-a-number", line: 4, column: 6, columnName: "Geografska širina" });
    await expect(win.call("importTagList", { endpointId: ENDPOINT, bytesBase64: badNumber, mapping })).rejects.toThrow(
      /bad-request: Not imported: the tag list has 1 error, nothing was imported\. line 4, column 6 "Geografska širina"/,
    );

    const unknownNode = fileOf([`MJ-06;Merno mesto Medijana;Vodovod;merno mesto;Medijana;43,3201;21,9011;"ns=1;i=10006";m3;Potrošnja;;`, `MJ-06;Merno mesto Medijana;Vodovod;merno mesto;Medijana;43,3201;21,9011;/Objects/1:WaterUtility/1:Nema;m3;Nema;;`]);
    await expect(win.call("importTagList", { endpointId: ENDPOINT, bytesBase64: unknownNode, mapping })).rejects.toThrow(
      /bad-request: Not imported onto "water-scada": the tag list has 1 error, nothing was imported\. line 4, column 8 "Adresa": the server has no node at this browse path/,
    );
    const taken = fileOf([`MJ-07;Merno mesto Tvrđava;Vodovod;merno mesto;Medijana;43,3244;21,8949;"ns=1;i=10001";m3;Potrošnja;;`]);
    await expect(win.call("importTagList", { endpointId: ENDPOINT, bytesBase64: taken, mapping })).rejects.toThrow(/line 3, column 8 "Adresa": ns=1;i=10001 is already a tag of "Merno mesto Čair"/);
    expect(await win.call<ModelVersion[]>("listModelVersions", {})).toEqual(before);
  });

  it("exports the model and imports it back to the same model; a second import of the same file changes nothing", async () => {
    const model = sameModel(await win.call<EngineeredAsset[]>("listEngineeredAssets", { endpointId: ENDPOINT }));
    const file = await win.call<TagListExport>("exportTagList", { endpointId: ENDPOINT, separator: ";", decimal: "," });
    expect(file.rows).toBe(6);
    const text = Buffer.from(file.bytesBase64, "base64").toString("utf8");
    expect(text).toMatch(/^\ufeffAsset ID;Asset name;Service/);
    expect(text).toContain("PS-01;Crpna stanica Medoševac;water;crpna stanica;Crveni Krst;43,3351;21,8721;");

    const again = await win.call<TagListPreview>("previewTagList", { bytesBase64: file.bytesBase64 });
    expect(again).toMatchObject({ encoding: "utf-8", bom: true, separator: ";", errorCount: 0, goodRows: 6 });
    expect(await win.call<TagListImport>("importTagList", { endpointId: ENDPOINT, bytesBase64: file.bytesBase64, mapping: again.mapping })).toMatchObject({
      created: 0,
      changed: 0,
      unchanged: 3,
      versions: [],
    });

    for (const a of model) await win.call("deleteEngineeredAsset", { assetId: a.id });
    expect(await win.call<EngineeredAsset[]>("listEngineeredAssets", { endpointId: ENDPOINT })).toEqual([]);
    const back = await win.call<TagListImport>("importTagList", { endpointId: ENDPOINT, bytesBase64: file.bytesBase64, mapping: again.mapping });
    expect(back).toMatchObject({ created: 3, unchanged: 0 });
    expect(sameModel(await win.call<EngineeredAsset[]>("listEngineeredAssets", { endpointId: ENDPOINT }))).toEqual(model);
  });
});
