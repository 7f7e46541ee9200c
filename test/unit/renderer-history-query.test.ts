/**
 * What the history screen asks the core: only the filters a person set, and for the export every
 * page the cursor leads to (not only the loaded ones), stopping at the cap. The pages come from
 * a function that follows the contract's paging rules over a fixed list of rows.
 */
import { describe, expect, it } from "vitest";
import type { AlarmHistoryPage, AlarmHistoryRow, MethodInput } from "../../contract/api";
import { collectHistory } from "../../renderer/history/collectHistory";
import { DEFAULT_FILTER, historyQuery } from "../../renderer/history/historyQuery";
import { A } from "./fixtures/ids";

describe("history query", () => {
  const range = { from: 1_000, to: 2_000 };

  it("sends the range alone when nothing else is set", () => {
    expect(historyQuery(DEFAULT_FILTER, range)).toEqual(range);
    expect(historyQuery({ ...DEFAULT_FILTER, text: "   ", user: " " }, range)).toEqual(range);
  });

  it("sends each filter a person set, trimmed, as the contract names it", () => {
    const query = historyQuery(
      {
        ...DEFAULT_FILTER,
        text: "  pritisak nizak ",
        priorities: ["high", "critical"],
        service: "water",
        district: "Medijana",
        assetId: A("nis-water|ns=1;s=PS-MED-01"),
        user: "marko",
        kinds: "audit",
      },
      range,
    );
    expect(query).toEqual({
      ...range,
      text: "pritisak nizak",
      priorities: ["high", "critical"],
      services: ["water"],
      districts: ["Medijana"],
      assetId: "nis-water|ns=1;s=PS-MED-01",
      user: "marko",
      kinds: ["audit"],
    });
  });
});

/** Rows newest first; a cursor is the index to continue from, as opaque to the caller as the core's. */
function pagedCore(total: number) {
  const rows = Array.from({ length: total }, (_, i) => ({ kind: "audit", key: `audit-${i}`, time: total - i }) as AlarmHistoryRow);
  const calls: MethodInput<"searchAlarmHistory">[] = [];
  return {
    calls,
    searchAlarmHistory: async (args: MethodInput<"searchAlarmHistory">): Promise<AlarmHistoryPage> => {
      calls.push(args);
      const start = args.cursor ? Number(args.cursor) : 0;
      const end = start + (args.limit ?? 1000);
      return { rows: rows.slice(start, end), next: end < rows.length ? String(end) : null };
    },
  };
}

describe("collecting every page for the export", () => {
  it("follows the cursor to the last page, every row once, in order", async () => {
    const core = pagedCore(23_456);
    const seen: number[] = [];
    const { rows, capped } = await collectHistory(core, { from: 0, to: 1, text: "x" }, (n) => seen.push(n));
    expect(capped).toBe(false);
    expect(rows.map((r) => r.key)).toEqual(Array.from({ length: 23_456 }, (_, i) => `audit-${i}`));
    expect(core.calls.map((c) => c.cursor)).toEqual([undefined, "10000", "20000"]);
    expect(core.calls.every((c) => c.text === "x" && c.from === 0 && c.to === 1)).toBe(true);
    expect(seen).toEqual([10_000, 20_000, 23_456]);
  });

  it("stops at the cap and says the older rows were left out", async () => {
    const core = pagedCore(2_500);
    const { rows, capped } = await collectHistory(core, { from: 0, to: 1 }, () => {}, 2_000);
    expect(rows).toHaveLength(2_000);
    expect(capped).toBe(true);
    const whole = await collectHistory(pagedCore(2_000), { from: 0, to: 1 }, () => {}, 2_000);
    expect(whole.capped).toBe(false);
  });
});
