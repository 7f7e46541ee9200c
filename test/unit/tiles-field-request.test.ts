// What the field dialog asks the core: areas from districts or a box, zoom levels between two bounds, the period, sizes in words.
import { describe, expect, it } from "vitest";
import { areaOf, defaultBox, formatBytes, formOfJob, periodOf, zoomsOf, type FieldForm } from "../../renderer/field/fieldRequest";
import type { OfflineJob } from "../../contract/api";

const base: FieldForm = { areaKind: "districts", districts: [], box: defaultBox({ lat: 43.32, lon: 21.9 }), period: "7d", zoomFrom: 12, zoomTo: 15 };

describe("field request", () => {
  it("has no area until a district is ticked, and then those districts", () => {
    expect(areaOf(base)).toBeNull();
    expect(areaOf({ ...base, districts: ["Medijana", "Palilula"] })).toEqual({ kind: "districts", districts: ["Medijana", "Palilula"] });
  });

  it("takes a box only when it is the right way round and on the map", () => {
    expect(areaOf({ ...base, areaKind: "box" })).toEqual({ kind: "box", south: 43.3, west: 21.87, north: 43.34, east: 21.93 });
    expect(areaOf({ ...base, areaKind: "box", box: { ...base.box, south: 43.4 } })).toBeNull();
    expect(areaOf({ ...base, areaKind: "box", box: { ...base.box, east: Number.NaN } })).toBeNull();
    expect(areaOf({ ...base, areaKind: "box", box: { ...base.box, north: 89 } })).toBeNull();
  });

  it("lists the zoom levels between the two bounds, either way round", () => {
    expect(zoomsOf(base)).toEqual([12, 13, 14, 15]);
    expect(zoomsOf({ ...base, zoomFrom: 14, zoomTo: 13 })).toEqual([13, 14]);
  });

  it("ends the period now", () => {
    expect(periodOf({ period: "1d" }, 1_000_000_000_000)).toEqual({ from: 1_000_000_000_000 - 86_400_000, to: 1_000_000_000_000 });
  });

  it("fills the form from a job, so Resume asks the same", () => {
    const job = { request: { area: { kind: "box", south: 1, west: 2, north: 3, east: 4 }, zooms: [13, 14], from: 0, to: 86_400_000 } } as unknown as OfflineJob;
    expect(formOfJob(job, base)).toMatchObject({ areaKind: "box", box: { south: 1, west: 2, north: 3, east: 4 }, zoomFrom: 13, zoomTo: 14, period: "1d" });
  });

  it("says sizes as a person reads them", () => {
    expect(formatBytes(43_000, "en")).toBe("43 kB");
    expect(formatBytes(1_540_000, "sr-Latn")).toBe("1,5 MB");
    expect(formatBytes(840_000_000, "en")).toBe("840 MB");
    expect(formatBytes(1_500_000_000, "en")).toBe("1.5 GB");
  });
});
