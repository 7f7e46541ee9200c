/**
 * The site config's `commands` (main/core/commands/command-marks.ts): tags on servers that are not
 * ours made operator commands. Optional; a wrong entry is refused naming its field; a good one
 * marks exactly that endpoint's node; the command permission defaults to operators, supervisors
 * and engineers.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { tagId } from "../../contract/api";
import { markLookup } from "../../main/core/commands/command-marks";
import { DEFAULT_SITE_FILE } from "../../main/core/sites/default-site";
import { parseSiteConfig } from "../../main/core/sites/site-config";

const good = JSON.parse(fs.readFileSync(DEFAULT_SITE_FILE, "utf8"));

describe("site config: commands", () => {
  it("is optional, and the command permission has its default", () => {
    const bare = structuredClone(good);
    delete bare.permissions;
    const site = parseSiteConfig(bare, "site.json");
    expect(site.commands).toEqual([]);
    expect(site.permissions.command).toEqual(["operator", "supervisor", "engineer"]);
  });

  it("names the field of a wrong entry", () => {
    const bad = { ...structuredClone(good), commands: [{ endpoint: "nis-water", nodeId: "Pump7.Reset" }, { endpoint: "scada-9", nodeId: "ns=2;s=X" }] };
    expect(() => parseSiteConfig(bad, "site.json")).toThrow(/field "commands\.0\.nodeId": an OPC UA node id/);
    bad.commands[0]!.nodeId = "ns=2;s=Pump7.Reset";
    expect(() => parseSiteConfig(bad, "site.json")).toThrow(/field "commands\.1\.endpoint": no endpoint "scada-9" on this site/);
    const typo = { ...structuredClone(good), commands: [{ endpoint: "nis-water", nodeId: "ns=2;s=X", value: ["true"] }] };
    expect(() => parseSiteConfig(typo, "site.json")).toThrow(/commands\.0.*value/);
  });

  it("marks exactly the named node of the named endpoint, with its values", () => {
    const site = parseSiteConfig({ ...structuredClone(good), commands: [{ endpoint: "nis-water", nodeId: "ns=2;s=Pump7.Reset", values: ["true"] }] }, "site.json");
    const marked = markLookup(site.commands);
    expect(marked(tagId("nis-water", "ns=2;s=Pump7.Reset"))).toEqual({ values: ["true"] });
    expect(marked(tagId("nis-heating", "ns=2;s=Pump7.Reset"))).toBeUndefined();
    expect(marked(tagId("nis-water", "ns=2;s=Pump7.Start"))).toBeUndefined();
  });
});
