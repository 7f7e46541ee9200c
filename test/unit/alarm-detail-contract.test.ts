/** The contract pieces of the detail drawer: showOnMap's arguments and the focus topic. */
import { describe, expect, it } from "vitest";
import { methodArgs, TOPICS } from "../../contract/api";

describe("showOnMap arguments", () => {
  const parse = (args: unknown) => methodArgs.showOnMap.safeParse(args);

  it("takes one asset id (endpoint|node)", () => {
    const ok = parse({ assetId: "nis-water|ns=2;s=water.PS-MED-01" });
    expect(ok.success && ok.data).toEqual({ assetId: "nis-water|ns=2;s=water.PS-MED-01" });
  });

  it("refuses what is not an asset id, a missing one, an over-long one, and anything extra", () => {
    for (const bad of [
      {},
      { assetId: "" },
      { assetId: "no-endpoint" },
      { assetId: "|ns=2;s=x" },
      { assetId: "ep|" },
      { assetId: 42 },
      { assetId: `ep|${"x".repeat(2048)}` },
      { assetId: "ep|ns=2;s=x", zoom: 17 },
      null,
      "ep|ns=2;s=x",
    ]) {
      expect(parse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it("has its event topic registered, so every window's client listens for it", () => {
    expect(TOPICS).toContain("focus");
  });
});
