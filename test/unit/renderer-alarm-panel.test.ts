/**
 * The alarm panel's rules as pure functions: views and filters (priority, service, district,
 * state, asset, folded free text), column sorting, grouping with counts, keyboard movement and
 * commands, saved preferences, the splitter's bounds and the bulk runner's limit on calls in flight.
 */
import { describe, expect, it } from "vitest";
import type { ActionResult, AlarmId, AlarmState, AssetInfo } from "../../contract/api";
import { foldText as coreFold } from "../../main/core/store/search-text";
import { EMPTY_FILTER, filterAlarms, isFiltering, viewOf, type PanelFilter } from "../../renderer/alarms/panel/alarmFilter";
import { buildRows, indexOfKey, rowKey, visibleAlarms } from "../../renderer/alarms/panel/alarmGrouping";
import { DEFAULT_SORT, nextSort, sortAlarms, type PanelSort } from "../../renderer/alarms/panel/alarmSort";
import { runBulk, summarize } from "../../renderer/alarms/panel/bulkRun";
import { foldText } from "../../renderer/alarms/panel/foldText";
import { commandOf, moveCursor } from "../../renderer/alarms/panel/listKeys";
import { DEFAULT_PREFS, loadPrefs, parsePrefs, prefsKey, savePrefs } from "../../renderer/alarms/panel/panelPrefs";
import { clampSplit, loadSplit, saveSplit, SPLIT_DEFAULT, SPLIT_MAX, SPLIT_MIN, splitAfterKey, splitAtPointer } from "../../renderer/alarms/panel/splitterSize";
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

  it("sorts 10,000 alarms quickly", () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      alarm(`m${i}`, ["PS-MED-01", "KN-PAL-02", "TS-PAN-03", null][i % 4]!, { priority: (["low", "medium", "high", "critical"] as const)[i % 4], time: T0 + ((i * 7919) % 10_000) }),
    );
    const start = performance.now();
    const out = sortAlarms(many, { column: "source", direction: "asc" }, ctx);
    expect(out).toHaveLength(10_000);
    expect(performance.now() - start).toBeLessThan(500);
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

describe("keyboard", () => {
  it("moves the cursor with arrows, pages, Home and End, within the list", () => {
    expect(moveCursor("ArrowDown", 3, 10, 5)).toBe(4);
    expect(moveCursor("ArrowDown", 9, 10, 5)).toBe(9);
    expect(moveCursor("ArrowUp", 0, 10, 5)).toBe(0);
    expect(moveCursor("ArrowUp", 4, 10, 5)).toBe(3);
    expect(moveCursor("PageDown", 0, 10, 5)).toBe(4);
    expect(moveCursor("PageDown", 8, 10, 5)).toBe(9);
    expect(moveCursor("PageUp", 6, 10, 5)).toBe(2);
    expect(moveCursor("Home", 6, 10, 5)).toBe(0);
    expect(moveCursor("End", 0, 10, 5)).toBe(9);
    // No cursor yet: the first movement lands on the first row.
    expect(moveCursor("ArrowDown", -1, 10, 5)).toBe(0);
    expect(moveCursor("ArrowDown", 0, 0, 5)).toBeNull();
    expect(moveCursor("x", 0, 10, 5)).toBeNull();
  });

  it("reads the panel's commands, ignoring them with Ctrl, Alt or Meta", () => {
    const key = (k: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) =>
      commandOf({ key: k, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...mods });
    expect(key("a")).toBe("ack");
    expect(key("A", { shiftKey: true })).toBe("ackVisible");
    expect(key("c")).toBe("confirm");
    expect(key("C", { shiftKey: true })).toBe("confirmVisible");
    expect(key("h")).toBe("silence");
    expect(key("/")).toBe("search");
    expect(key("Enter")).toBe("open");
    expect(key("ContextMenu")).toBe("menu");
    expect(key("F10", { shiftKey: true })).toBe("menu");
    expect(key("a", { ctrlKey: true })).toBeNull();
    expect(key("x")).toBeNull();
  });
});

describe("saved preferences", () => {
  function memoryStorage() {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
  }

  it("round-trips per window role", () => {
    const storage = memoryStorage();
    const prefs = {
      filter: { ...EMPTY_FILTER, view: "shelved" as const, priorities: ["high" as const], states: ["unacked" as const], text: "čair", assetId: A("PS-MED-01") },
      sort: { column: "time" as const, direction: "desc" as const },
      groupBy: "service" as const,
    };
    savePrefs(storage, "operator", prefs);
    expect(loadPrefs(storage, "operator")).toEqual(prefs);
    expect(loadPrefs(storage, "map")).toEqual(DEFAULT_PREFS);
    expect([...storage.m.keys()]).toEqual([prefsKey("operator")]);
  });

  it("reads back only what is valid, field by field", () => {
    expect(parsePrefs("not json")).toEqual(DEFAULT_PREFS);
    expect(parsePrefs(null)).toEqual(DEFAULT_PREFS);
    const p = parsePrefs(JSON.stringify({ filter: { view: "nope", priorities: ["high", "urgent", "high"], text: 5 }, sort: { column: "colour" }, groupBy: "asset" }));
    expect(p.filter).toEqual({ ...EMPTY_FILTER, priorities: ["high"] });
    expect(p.sort).toEqual(DEFAULT_SORT);
    expect(p.groupBy).toBe("asset");
  });

  it("survives a storage that refuses", () => {
    const refusing = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("denied");
      },
    };
    expect(loadPrefs(refusing, "operator")).toEqual(DEFAULT_PREFS);
    expect(() => savePrefs(refusing, "operator", DEFAULT_PREFS)).not.toThrow();
    expect(loadSplit(refusing, "operator")).toBe(SPLIT_DEFAULT);
  });
});

describe("splitter", () => {
  it("moves by keys within bounds", () => {
    expect(splitAfterKey("ArrowUp", 36)).toBe(38);
    expect(splitAfterKey("ArrowDown", 36)).toBe(34);
    expect(splitAfterKey("PageUp", 78)).toBe(SPLIT_MAX);
    expect(splitAfterKey("PageDown", 16)).toBe(SPLIT_MIN);
    expect(splitAfterKey("Home", 36)).toBe(SPLIT_MAX);
    expect(splitAfterKey("End", 36)).toBe(SPLIT_MIN);
    expect(splitAfterKey("a", 36)).toBeNull();
  });

  it("follows the pointer and clamps", () => {
    expect(splitAtPointer(600, 100, 1000)).toBe(50);
    expect(splitAtPointer(100, 100, 1000)).toBe(SPLIT_MAX);
    expect(splitAtPointer(1100, 100, 1000)).toBe(SPLIT_MIN);
    expect(clampSplit(Number.NaN)).toBe(SPLIT_DEFAULT);
  });

  it("is saved per window role", () => {
    const m = new Map<string, string>();
    const storage = { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
    saveSplit(storage, "operator", 55);
    expect(loadSplit(storage, "operator")).toBe(55);
    expect(loadSplit(storage, "map")).toBe(SPLIT_DEFAULT);
    m.set("ccr.alarmSplit.operator", "9999");
    expect(loadSplit(storage, "operator")).toBe(SPLIT_MAX);
  });
});

describe("bulk acknowledge", () => {
  it("makes one call per alarm, never more than the limit at once, and counts what each became", async () => {
    let inFlight = 0;
    let most = 0;
    const idsToAck = Array.from({ length: 30 }, (_, i) => AL(`b${i}`));
    const progress: number[] = [];
    const outcomes = await runBulk(
      idsToAck,
      async (id: AlarmId): Promise<ActionResult> => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((r) => setTimeout(r, 2));
        inFlight--;
        const n = Number(id.slice(1));
        if (n % 10 === 3) throw new Error("forbidden");
        return { status: n % 10 === 5 ? "conflict" : n % 10 === 7 ? "pending" : "done" } as ActionResult;
      },
      (done) => progress.push(done),
      8,
    );
    expect(most).toBe(8);
    expect(outcomes).toHaveLength(30);
    expect(new Set(outcomes.map((o) => o.id)).size).toBe(30);
    expect(progress).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(summarize(outcomes)).toEqual({ taken: 21, queued: 3, refused: 6 });
  });
});
