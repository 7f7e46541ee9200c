import { describe, expect, it } from "vitest";
import { methodArgs } from "../../contract/methods";
import { canonicalNodeId } from "../../main/core/engineering/node-names";

const asset = {
  endpointId: "water-scada",
  nodeId: "ns=1;s=PS_Medosevac",
  name: "PS Medoševac",
  service: "water",
  type: "PumpingStation",
  district: "Crveni Krst",
  lat: 43.33,
  lon: 21.87,
  tags: [{ nodeId: "ns=1;s=PS_Medosevac.Pressure" }, { nodeId: "ns=1;i=5001", unit: "m³/h", range: { low: 0, high: 400 } }],
};
const issues = (method: keyof typeof methodArgs, args: unknown) => {
  const r = methodArgs[method].safeParse(args);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("engineering arguments", () => {
  it("takes an asset made of picked nodes, with defaults", () => {
    const parsed = methodArgs.saveEngineeredAsset.parse(asset);
    expect(parsed).toMatchObject({ externalId: null, tags: [{ nodeId: "ns=1;s=PS_Medosevac.Pressure" }, { unit: "m³/h" }] });
    expect(methodArgs.browseNode.parse({ endpointId: "water-scada" })).toEqual({ endpointId: "water-scada", nodeId: "i=85" });
    expect(methodArgs.searchNodes.parse({ endpointId: "x", text: " Pressure " })).toMatchObject({ text: "Pressure", root: "i=85", maxDepth: 8, maxHits: 100 });
  });

  it("refuses what would make a wrong model, naming the field", () => {
    expect(issues("saveEngineeredAsset", { ...asset, service: "gas" })).toEqual([expect.stringMatching(/^service: /)]);
    expect(issues("saveEngineeredAsset", { ...asset, lat: 143 })).toEqual([expect.stringMatching(/^lat: /)]);
    expect(issues("saveEngineeredAsset", { ...asset, nodeId: "PS_Medosevac" })).toEqual(["nodeId: an OPC UA NodeId such as i=85 or ns=1;s=Pump"]);
    expect(issues("saveEngineeredAsset", { ...asset, tags: [asset.tags[0], asset.tags[0]] })).toEqual(["tags: a node is one tag only"]);
    expect(issues("saveEngineeredAsset", { ...asset, tags: [{ nodeId: "ns=1;i=5001", range: { low: 5, high: 1 } }] })).toEqual(["tags.0.range.low: range low above range high"]);
    expect(issues("saveEngineeredAsset", { ...asset, endpointId: "a|b" })).toEqual(["endpointId: an endpoint id"]);
    expect(issues("browseNode", { endpointId: "x", continuation: "not base64!" })).toEqual(["continuation: a continuation from browseNode"]);
    expect(issues("searchNodes", { endpointId: "x", text: "a", maxDepth: 50 })).toEqual([expect.stringMatching(/^maxDepth: /)]);
    expect(issues("deleteEngineeredAsset", { assetId: "no-endpoint" })).toEqual(["assetId: an asset id (endpoint|node)"]);
  });

  it("writes a node id the way node-opcua does, so a typed id matches a browsed one", () => {
    expect(canonicalNodeId("i=85")).toBe("ns=0;i=85");
    expect(canonicalNodeId("ns=1;s=PS_Medosevac")).toBe("ns=1;s=PS_Medosevac");
    expect(() => canonicalNodeId("ns=x;s=")).toThrow(/is not an OPC UA NodeId/);
  });
});
