/**
 * The "make an asset" form's data: coordinates typed with a decimal comma or point, problems by
 * field, and the save call built from it (tags in the form's order, names only where given, the
 * version when editing).
 */
import { describe, expect, it } from "vitest";
import type { EndpointId } from "../../contract/ids";
import type { EngineeredAsset, NodeDetails } from "../../contract/engineering";
import { coordinateText, draftFromAsset, draftFromNode, draftProblems, parseCoordinate, saveArgs } from "../../renderer/engineering/assetDraft";

const E = "water-scada" as EndpointId;
const node = { nodeId: "ns=1;s=PS_Medosevac", displayName: "PS Medoševac", typeDefinitionName: "BaseObjectType" } as NodeDetails;

describe("asset draft", () => {
  it("reads coordinates typed either way and refuses anything else", () => {
    expect(parseCoordinate("43,3351")).toBe(43.3351);
    expect(parseCoordinate(" 21.872 ")).toBe(21.872);
    expect(parseCoordinate("-0,5")).toBe(-0.5);
    for (const bad of ["", "43,33,1", "1e3", "43.3x", "1234.5"]) expect(parseCoordinate(bad)).toBeNull();
    expect(coordinateText(43.33512345, ",")).toBe("43,335123");
    expect(coordinateText(21.9, ".")).toBe("21.9");
  });

  it("names each field's problem, and none for a good draft", () => {
    const d = draftFromNode(node, ["water"]);
    expect(d).toMatchObject({ name: "PS Medoševac", service: "water", type: "", baseVersion: null });
    expect(draftProblems({ ...d, name: " ", lat: "95", lon: "" }, ["water"])).toEqual({
      name: "engineering.form.nameMissing",
      lat: "engineering.form.latInvalid",
      lon: "engineering.form.lonInvalid",
    });
    expect(draftProblems({ ...d, service: "air" }, ["water"]).service).toBe("engineering.form.serviceMissing");
    expect(draftProblems({ ...d, lat: "43,32", lon: "21,9" }, ["water"])).toEqual({});
  });

  it("builds the save call: trimmed text, tags in list order with names only where given, the version when editing", () => {
    const d = { ...draftFromNode(node, ["water"]), externalId: " ", district: " Crveni Krst ", lat: "43,3351", lon: "21,8721", tags: new Map([["ns=1;i=5001", "Protok"], ["ns=1;s=PS_Medosevac.Pressure", ""]]) };
    expect(saveArgs(E, d, ["ns=1;s=PS_Medosevac.Pressure", "ns=1;i=5001"])).toEqual({
      endpointId: E,
      nodeId: "ns=1;s=PS_Medosevac",
      externalId: null,
      name: "PS Medoševac",
      service: "water",
      type: "",
      district: "Crveni Krst",
      lat: 43.3351,
      lon: 21.8721,
      tags: [{ nodeId: "ns=1;s=PS_Medosevac.Pressure" }, { nodeId: "ns=1;i=5001", name: "Protok" }],
    });
    const asset = { nodeId: "n", name: "A", externalId: "PS-01", service: "water", type: "t", district: "d", lat: 43.3, lon: 21.9, tags: [{ nodeId: "x", name: "X" }], version: 7 } as EngineeredAsset;
    const edited = draftFromAsset(asset, ",");
    expect(edited).toMatchObject({ lat: "43,3", externalId: "PS-01", baseVersion: 7 });
    expect(saveArgs(E, edited, [])).toMatchObject({ baseVersion: 7, externalId: "PS-01", tags: [{ nodeId: "x", name: "X" }] });
  });
});
