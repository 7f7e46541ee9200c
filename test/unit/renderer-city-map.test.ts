/**
 * The city map's plain parts: the cluster index over the simulator's own Niš plant (every asset
 * reachable, lone markers apart, the worst state carried up to the city zoom), the spread of a
 * cluster that cannot split, the asset search and the layer counts and their stored choice.
 */
import { describe, expect, it } from "vitest";
import type { AssetId, AssetInfo } from "../../contract/api";
import { assetId, endpointId } from "../../contract/ids";
import { buildPlant, parseServices } from "../../main/simulator/plan";
import { foldForSearch, searchable, searchAssets } from "../../renderer/map/assetSearch";
import type { AssetMarkerState } from "../../renderer/map/assetStates";
import { buildClusterIndex, MAP_MAX_ZOOM, type MapFeature } from "../../renderer/map/clusterIndex";
import { layerCounts, parseHiddenLayers, windowRoleOf } from "../../renderer/map/mapLayers";
import { spiderOffsets } from "../../renderer/map/spiderLayout";

function nisAssets(scale?: number): AssetInfo[] {
  const plant = buildPlant(1, parseServices(undefined), scale);
  return plant.assets.map((a) => ({
    id: assetId("nis", a.id),
    endpointId: endpointId("nis"),
    name: a.name,
    service: a.service,
    type: a.type,
    district: a.district,
    lat: a.lat,
    lon: a.lon,
    tags: [],
  }));
}

const WORLD = [-180, -85, 180, 85] as const;
const features = (index: ReturnType<typeof buildClusterIndex>, zoom: number): MapFeature[] => index.features(...WORLD, zoom);

/** Web Mercator pixel position at a zoom, as Leaflet draws it (256 px tiles). */
function pixel(lat: number, lon: number, zoom: number): [number, number] {
  const size = 256 * 2 ** zoom;
  const s = Math.sin((lat * Math.PI) / 180);
  return [((lon + 180) / 360) * size, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * size];
}

describe("cluster index over the Niš plant", () => {
  const assets = nisAssets();
  const calm = new Map<AssetId, AssetMarkerState>(assets.map((a) => [a.id, { state: "normal", live: true, unacked: false }]));

  it("counts every asset once at every zoom", () => {
    const index = buildClusterIndex(assets, calm);
    for (let z = 8; z <= MAP_MAX_ZOOM + 1; z++) {
      const total = features(index, z).reduce((n, f) => n + (f.kind === "cluster" ? f.count : 1), 0);
      expect(total, `zoom ${z}`).toBe(assets.length);
    }
  });

  it("reaches every asset: alone at some zoom, or in a cluster that spreads at the deepest zoom", () => {
    const index = buildClusterIndex(assets, calm);
    const spreadable = new Set<AssetId>();
    for (const f of features(index, MAP_MAX_ZOOM)) {
      if (f.kind === "cluster" && index.expansionZoom(f.clusterId) === null) for (const id of index.leaves(f.clusterId)) spreadable.add(id);
    }
    const unreachable = assets.filter((a) => index.aloneFrom(a.id, 8) > MAP_MAX_ZOOM && !spreadable.has(a.id));
    expect(unreachable).toEqual([]);
    // And a cluster at the city zoom splits when clicked, towards its assets.
    const city = features(index, 12).find((f) => f.kind === "cluster");
    expect(city && city.kind === "cluster" ? index.expansionZoom(city.clusterId) : null).toBeGreaterThan(12);
  });

  it("keeps lone markers apart, so none covers another", () => {
    const index = buildClusterIndex(assets, calm);
    for (let z = 11; z <= MAP_MAX_ZOOM; z++) {
      const lone = features(index, z).filter((f) => f.kind === "asset").map((f) => pixel(f.lat, f.lon, z));
      let closest = Infinity;
      for (let i = 0; i < lone.length; i++)
        for (let j = i + 1; j < lone.length; j++) closest = Math.min(closest, Math.hypot(lone[i]![0] - lone[j]![0], lone[i]![1] - lone[j]![1]));
      // Two of the largest markers (radius 9) touch at 18 px.
      expect(closest, `zoom ${z}`).toBeGreaterThanOrEqual(18);
    }
  });

  it("carries an unacknowledged urgent alarm up to the city zoom, in the cluster that holds it", () => {
    const target = assets[Math.floor(assets.length / 2)]!;
    const states = new Map(calm);
    states.set(target.id, { state: "alarm-critical", live: true, unacked: true });
    const index = buildClusterIndex(assets, states);
    const city = features(index, 11);
    const holding = city.filter((f) => f.kind === "cluster" && index.leaves(f.clusterId).includes(target.id));
    expect(holding).toHaveLength(1);
    expect(holding[0]).toMatchObject({ kind: "cluster", worst: "alarm-critical", unacked: true, live: true });
    // Every other cluster stays calm grey.
    expect(city.filter((f) => f.kind === "cluster" && f.worst !== "normal")).toHaveLength(1);
  });

  it("marks a cluster not live when any asset inside has lost its connection", () => {
    const states = new Map<AssetId, AssetMarkerState>(assets.map((a) => [a.id, { state: "normal", live: a.service !== "water", unacked: false }]));
    const city = features(buildClusterIndex(assets, states), 9);
    expect(city.some((f) => f.kind === "cluster" && !f.live)).toBe(true);
    const allLive = features(buildClusterIndex(assets, calm), 9);
    expect(allLive.every((f) => f.kind !== "cluster" || f.live)).toBe(true);
  });

  it("answers a 10,000-asset view with a bounded number of features", () => {
    const big = nisAssets(64_000);
    expect(big.length).toBeGreaterThanOrEqual(10_000);
    const index = buildClusterIndex(big, new Map());
    // A 1920 px wide view of the city at zoom 13 draws hundreds of features, not ten thousand.
    const view = index.features(21.8, 43.28, 22.0, 43.36, 13);
    expect(view.reduce((n, f) => n + (f.kind === "cluster" ? f.count : 1), 0)).toBeGreaterThan(5_000);
    expect(view.length).toBeLessThan(1_000);
  });
});

describe("spreading a cluster that cannot split", () => {
  it("puts every asset on its own spot, apart enough to click", () => {
    for (const n of [2, 5, 9, 10, 40]) {
      const spots = spiderOffsets(n);
      expect(spots).toHaveLength(n);
      let closest = Infinity;
      for (let i = 0; i < n; i++) {
        expect(Math.hypot(spots[i]!.x, spots[i]!.y)).toBeGreaterThanOrEqual(20);
        for (let j = i + 1; j < n; j++) closest = Math.min(closest, Math.hypot(spots[i]!.x - spots[j]!.x, spots[i]!.y - spots[j]!.y));
      }
      expect(closest, `${n} assets`).toBeGreaterThanOrEqual(18);
    }
  });
});

describe("asset search", () => {
  const assets = nisAssets();
  const index = searchable(assets);

  it("folds case, Serbian diacritics and Cyrillic", () => {
    expect(foldForSearch("Šumadijska ĐURĐEVDAN Čair Žitište")).toBe("sumadijska djurdjevdan cair zitiste");
    expect(foldForSearch("Ниш Ћеле кула")).toBe("nis cele kula");
  });

  it("puts the exact id first, then names that start with what was typed", () => {
    const someone = assets[17]!;
    expect(searchAssets(index, someone.id, 8)[0]!.id).toBe(someone.id);
    const word = foldForSearch(someone.name.split(" ")[0]!);
    const hits = searchAssets(index, word, 8);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.folded.includes(word))).toBe(true);
  });

  it("needs every word typed, in any order, and finds nothing for nonsense", () => {
    const a = assets.find((x) => x.name.split(" ").length >= 3)!;
    const words = a.name.split(" ");
    const reversed = [words.at(-1)!, words[0]!].join(" ");
    expect(searchAssets(index, reversed, 50).map((h) => h.id)).toContain(a.id);
    expect(searchAssets(index, "qqqzzz", 8)).toEqual([]);
    expect(searchAssets(index, "   ", 8)).toEqual([]);
  });
});

describe("layers", () => {
  it("counts assets and abnormal ones per service, in the site's order", () => {
    const assets = nisAssets();
    const states = new Map<AssetId, AssetMarkerState>();
    const water = assets.filter((a) => a.service === "water");
    states.set(water[0]!.id, { state: "alarm-high", live: true, unacked: true });
    states.set(water[1]!.id, { state: "alarm-low", live: true, unacked: false });
    const rows = layerCounts(["water", "heating", "waste", "parking", "lighting", "traffic", "air"], assets, states);
    expect(rows.map((r) => r.service)).toEqual(["water", "heating", "waste", "parking", "lighting", "traffic", "air"]);
    expect(rows[0]).toEqual({ service: "water", total: water.length, abnormal: 2, unacked: 1 });
    expect(rows.reduce((n, r) => n + r.total, 0)).toBe(assets.length);
    expect(rows.slice(1).every((r) => r.abnormal === 0)).toBe(true);
  });

  it("reads back a stored choice, dropping what is not a service name", () => {
    expect([...parseHiddenLayers(JSON.stringify({ hidden: ["waste", 3, null, "air"] }))]).toEqual(["waste", "air"]);
    expect(parseHiddenLayers("{not json").size).toBe(0);
    expect(parseHiddenLayers(null).size).toBe(0);
    expect(windowRoleOf("?token=x&role=map")).toBe("map");
    expect(windowRoleOf("?role=%3Cscript%3E")).toBe("operator");
  });
});
