/**
 * The alarm panel's list rules as pure functions: views and filters (priority, service, district,
 * state, asset, folded free text), column sorting and grouping with counts.
 */
import { describe, expect, it } from "vitest";
import type { AlarmState, AssetInfo } from "../../contract/api";
import { foldText as coreFold } from "../../main/core/store/search-text";
import { EMPTY_FILTER, filterAlarms, isFiltering, viewOf, type PanelFilter } from "../../renderer/alarms/panel/alarmFilter";
import { buildRows, indexOfKey, rowKey, visibleAlarms } from "../../renderer/alarms/panel/alarmGrouping";
import { DEFAULT_SORT, nextSort, sortAlarms, type PanelSort } from "../../renderer/alarms/panel/alarmSort";
import { foldText } from "../../renderer/alarms/panel/foldText";
import { alarmState, T0 } from "./fixtures/alarm-state";
import { A, AL, E } from "./fixtures/ids";

function asset(id: string, service: string, district: string, name = id): AssetInfo {
  return { id: A(id), endpointId: E("nis"), name, service, type: "T", district, lat: 43.3, lon: 21.9, tags: [] };
}
const ASSETS = new Map(
  [
    asset("PS-MED-01", "water", "Medijana", "Pumpna stanica Čair"),
    asset("KN-PAL-02", "waste", "Palilula", "Kontejner Đerdap"),
    asset("TS-PAN-03", "heating", "Pantelej", "Toplotna podstanica Šljaka"),
  ].map((a) => [a.id, a]),
);
const alarm = (id: string, assetId: string | null, over: Partial<AlarmState> = {}) => alarmState(id, { assetId: assetId ? A(assetId) : null, ...over });

const BOOK: AlarmState[] = [
  alarm("w1", "PS-MED-01", { priority: "critical", message: "Pritisak ispod granice" }),
  alarm("w2", "PS-MED-01", { priority: "low", acked: true, time: T0 + 1000 }),
  alarm("k1", "KN-PAL-02", { priority: "medium", active: false, returned: true, message: "Kontejner pun" }),
  alarm("t1", "TS-PAN-03", { priority: "high", shelved: true, shelving: { kind: "timed", until: T0 + 60_000 } }),
  alarm("t2", "TS-PAN-03", { priority: "high", enabled: false }),
  alarm("n1", null, { priority: "low", suppressed: true, time: T0 + 5000, sourceName: "Nepoznat izvor" }),
];
const ids = (list: readonly AlarmState[]) => list.map((a) => a.id as string);
const show = (over: Partial<PanelFilter>, keep: string | null = null) =>
  ids(filterAlarms(BOOK, { ...EMPTY_FILTER, ...over }, ASSETS, keep ? AL(keep) : null).shown).sort();

describe("views and filters", () => {
  it("puts shelved and out-of-service alarms in views of their own, with counts", () => {
    expect(BOOK.map(viewOf)).toEqual(["active", "active", "active", "shelved", "outOfService", "active"]);
    const { inView } = filterAlarms(BOOK, EMPTY_FILTER, ASSETS);
    expect(inView).toEqual({ active: 4, shelved: 1, outOfService: 1 });
    expect(show({ view: "shelved" })).toEqual(["t1"]);
    expect(show({ view: "outOfService" })).toEqual(["t2"]);
    // A disabled alarm that is also shelved is out of service, not shelved.
    expect(viewOf(alarm("x", null, { enabled: false, shelved: true }))).toBe("outOfService");
  });

  it("filters by priority, service and district (any value within a facet, every facet)", () => {
    expect(show({ priorities: ["critical", "medium"] })).toEqual(["k1", "w1"]);
    expect(show({ services: ["water", "waste"] })).toEqual(["k1", "w1", "w2"]);
    expect(show({ services: ["water"], priorities: ["low"] })).toEqual(["w2"]);
    expect(show({ districts: ["Palilula"] })).toEqual(["k1"]);
    // An alarm with no known asset has no service or district: a service filter leaves it out.
    expect(show({ services: ["water", "waste", "heating"] })).not.toContain("n1");
  });

  it("filters by ISA-18.2 state", () => {
    expect(show({ states: ["unacked"] })).toEqual(["k1", "n1", "w1"]);
    expect(show({ states: ["returnedUnacked"] })).toEqual(["k1"]);
    expect(show({ states: ["acked"] })).toEqual(["w2"]);
    expect(show({ states: ["suppressed"] })).toEqual(["n1"]);
    expect(show({ view: "shelved", states: ["shelved"] })).toEqual(["t1"]);
    expect(show({ view: "outOfService", states: ["outOfService"] })).toEqual(["t2"]);
    expect(show({ states: ["acked", "returnedUnacked"] })).toEqual(["k1", "w2"]);
  });

  it("filters by asset", () => {
    expect(show({ assetId: A("PS-MED-01") })).toEqual(["w1", "w2"]);
  });

  it("finds free text folded like the core's search: case, diacritics, Cyrillic read as Latin, every word", () => {
    expect(show({ text: "CAIR" })).toEqual(["w1", "w2"]);
    expect(show({ text: "djerdap" })).toEqual(["k1"]);
    expect(show({ text: "Ђердап" })).toEqual(["k1"]);
    expect(show({ text: "pritisak čair" })).toEqual(["w1"]);
    expect(show({ text: "pritisak palilula" })).toEqual([]);
    expect(show({ text: "palilula" })).toEqual(["k1"]);
    expect(show({ text: "   " })).toHaveLength(4);
    // One folding for the list and the core's history search (contract/text-fold.ts).
    expect(foldText).toBe(coreFold);
    expect(["Čišćenje ĐAČKE Žice", "ЧИШЋЕЊЕ џак љубав њива", "  a\tb  ", "Šljaka-ćevap"].map(foldText)).toEqual([
      "ciscenje djacke zice",
      "ciscenje dzak ljubav njiva",
      "a b",
      "sljaka-cevap",
    ]);
  });

  it("keeps the alarm just acted on in the list even after it left the view", () => {
    expect(show({}, "t1")).toContain("t1");
    expect(show({})).not.toContain("t1");
  });

  it("knows when anything beyond the view narrows the list", () => {
    expect(isFiltering(EMPTY_FILTER)).toBe(false);
    expect(isFiltering({ ...EMPTY_FILTER, view: "shelved" })).toBe(false);
    expect(isFiltering({ ...EMPTY_FILTER, text: "x" })).toBe(true);
    expect(isFiltering({ ...EMPTY_FILTER, states: ["acked"] })).toBe(true);
  });
});

describe("sorting", () => {
  const ctx = {
    assets: ASSETS,
    serviceName: (k: string) => ({ water: "Vodovod", waste: "Otpad", heating: "Grejanje" })[k] ?? k,
    compareText: new Intl.Collator("sr-Latn").compare,
  };
  const active = BOOK.filter((a) => viewOf(a) === "active");
  const sorted = (sort: PanelSort) => ids(sortAlarms(active, sort, ctx));

  it("keeps the ISA-18.2 order with no column chosen", () => {
    expect(sorted(DEFAULT_SORT)).toEqual(["w1", "k1", "n1", "w2"]);
  });

  it("sorts by each column, ties broken by the ISA-18.2 order", () => {
    expect(sorted({ column: "priority", direction: "asc" })).toEqual(["w1", "k1", "n1", "w2"]);
    expect(sorted({ column: "priority", direction: "desc" })).toEqual(["n1", "w2", "k1", "w1"]);
    expect(sorted({ column: "time", direction: "desc" })).toEqual(["n1", "w2", "w1", "k1"]);
    // Č sorts after C in Serbian; an alarm without an asset sorts by its source name.
    expect(sorted({ column: "source", direction: "asc" })).toEqual(["k1", "n1", "w1", "w2"]);
    // Active unacknowledged, returned unacknowledged, acknowledged unconfirmed, then suppressed.
    expect(sorted({ column: "state", direction: "asc" })).toEqual(["w1", "k1", "w2", "n1"]);
    // No asset: last in either direction.
    expect(sorted({ column: "service", direction: "asc" })).toEqual(["k1", "w1", "w2", "n1"]);
    expect(sorted({ column: "district", direction: "desc" })).toEqual(["k1", "w1", "w2", "n1"]);
  });

  it("cycles a header: first direction, flipped, back to the default order", () => {
    let s = nextSort(DEFAULT_SORT, "time");
    expect(s).toEqual({ column: "time", direction: "desc" });
    s = nextSort(s, "time");
    expect(s).toEqual({ column: "time", direction: "asc" });
    expect(nextSort(s, "time")).toEqual(DEFAULT_SORT);
    expect(nextSort(s, "priority")).toEqual({ column: "priority", direction: "asc" });
  });

  // How fast is the benchmarks' business (test/bench), not a timed test's: this checks the order.
  it("sorts 10,000 alarms by source, every one kept, in the window's collation", () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      alarm(`m${i}`, ["PS-MED-01", "KN-PAL-02", "TS-PAN-03", null][i % 4]!, { priority: (["low", "medium", "high", "critical"] as const)[i % 4], time: T0 + ((i * 7919) % 10_000) }),
    );
    const out = sortAlarms(many, { column: "source", direction: "asc" }, ctx);
    expect(new Set(out.map((a) => a.id)).size).toBe(10_000);
    const names = out.map((a) => (a.assetId ? ASSETS.get(a.assetId)!.name : a.sourceName));
    for (let i = 1; i < names.length; i++) expect(ctx.compareText(names[i - 1]!, names[i]!)).toBeLessThanOrEqual(0);
  });
});

describe("grouping", () => {
  const active = sortAlarms(
    BOOK.filter((a) => viewOf(a) === "active"),
    DEFAULT_SORT,
    { assets: ASSETS, serviceName: (k) => k, compareText: (a, b) => a.localeCompare(b) },
  );

  it("lists every alarm as a row when not grouped", () => {
    expect(buildRows(active, "none", ASSETS, new Set()).map(rowKey)).toEqual(["a|w1", "a|k1", "a|n1", "a|w2"]);
  });

  it("groups by asset in the order of each group's most urgent alarm, with counts by priority", () => {
    const rows = buildRows(active, "asset", ASSETS, new Set());
    expect(rows.map(rowKey)).toEqual(["g|asset:PS-MED-01", "a|w1", "a|w2", "g|asset:KN-PAL-02", "a|k1", "g|asset:", "a|n1"]);
    const first = rows[0]!;
    expect(first).toMatchObject({ kind: "group", count: 2, unacked: 1, byPriority: { critical: 1, high: 0, medium: 0, low: 1 } });
  });

  it("groups by service and collapses a group to its header", () => {
    const rows = buildRows(active, "service", ASSETS, new Set(["service:water"]));
    expect(rows.map(rowKey)).toEqual(["g|service:water", "g|service:waste", "a|k1", "g|service:", "a|n1"]);
    expect(rows[0]).toMatchObject({ collapsed: true, count: 2 });
    expect(ids(visibleAlarms(rows))).toEqual(["k1", "n1"]);
    expect(indexOfKey(rows, "a|n1")).toBe(4);
    expect(indexOfKey(rows, "a|w1")).toBe(-1);
  });
});
