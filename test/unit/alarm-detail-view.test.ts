/** The detail drawer's pure parts: limits and the value past them, comment history, the tags a window watches. */
import { describe, expect, it } from "vitest";
import type { AlarmHistoryRow, AlarmHistoryStateRow, AlarmId, AlarmState, AssetId } from "../../contract/api";
import { commentsOf } from "../../renderer/alarms/detail/comments";
import { limitList, limitPassed } from "../../renderer/alarms/detail/limits";
import { watchedAssets } from "../../renderer/state/valueFeed";

const limits = { highHigh: 95, high: 85, low: 10, lowLow: null };

describe("limits", () => {
  it("lists the limits the server has, high-high first", () => {
    expect(limitList(limits)).toEqual([
      { key: "highHigh", value: 95 },
      { key: "high", value: 85 },
      { key: "low", value: 10 },
    ]);
    expect(limitList(null)).toEqual([]);
    expect(limitList(undefined)).toEqual([]);
  });

  it("names the most severe limit a value is past; at a limit is not past it", () => {
    expect(limitPassed(96, limits)).toBe("highHigh");
    expect(limitPassed(95, limits)).toBe("high");
    expect(limitPassed(85, limits)).toBeNull();
    expect(limitPassed(50, limits)).toBeNull();
    expect(limitPassed(9.5, limits)).toBe("low");
    expect(limitPassed(-100, limits)).toBe("low");
    expect(limitPassed(-100, { ...limits, lowLow: 0 })).toBe("lowLow");
  });

  it("has nothing to say of values that are not numbers, or without limits", () => {
    for (const v of [true, "96", null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) expect(limitPassed(v, limits)).toBeNull();
    expect(limitPassed(1e9, null)).toBeNull();
  });
});

describe("comment history", () => {
  const state = (time: number, lastComment: string | null, lastCommentUser: string | null): AlarmHistoryStateRow => ({
    kind: "alarm",
    key: `alarm-${time}`,
    time,
    receivedAt: time,
    alarmId: "ep|c" as AlarmId,
    assetId: null,
    sourceName: "Pump",
    conditionName: "PressureLimit",
    message: "m",
    severity: 500,
    priority: "medium",
    service: null,
    district: null,
    active: true,
    acked: false,
    confirmed: null,
    shelved: false,
    returned: false,
    enabled: true,
    lastComment,
    lastCommentUser,
  });
  const audit: AlarmHistoryRow = {
    kind: "audit",
    key: "audit-1",
    time: 2500,
    userName: "Ana",
    role: "operator",
    action: "comment",
    target: "ep|c",
    targetLabel: null,
    detail: "Comment",
    worded: null,
    alarmId: "ep|c" as AlarmId,
    priority: null,
    service: null,
    district: null,
  };

  it("one entry per new comment the journal shows, newest first, whatever order the rows come in", () => {
    const rows = [state(4000, "fixed", "marko"), audit, state(3000, "crew sent", "ana"), state(2000, "crew sent", "ana"), state(1000, null, null)];
    expect(commentsOf(rows, null)).toEqual([
      { time: 4000, text: "fixed", user: "marko" },
      { time: 2000, text: "crew sent", user: "ana" },
    ]);
  });

  it("the same words from another person are another comment; the live row adds one the journal has not caught up with", () => {
    const rows = [state(1000, "ok", "ana"), state(2000, "ok", "marko")];
    const live = { time: 3000, lastComment: "on site", lastCommentUser: "ana" } as AlarmState;
    expect(commentsOf(rows, live).map((c) => [c.time, c.user, c.text])).toEqual([
      [3000, "ana", "on site"],
      [2000, "marko", "ok"],
      [1000, "ana", "ok"],
    ]);
    expect(commentsOf(rows, { ...live, lastComment: "ok", lastCommentUser: "marko" })).toHaveLength(2);
    expect(commentsOf([], null)).toEqual([]);
  });
});

describe("the assets whose values a window subscribes", () => {
  const A = "ep|a" as AssetId;
  const B = "ep|b" as AssetId;
  const alarms = new Map([["ep|c" as AlarmId, { assetId: B } as AlarmState], ["ep|d" as AlarmId, { assetId: null } as AlarmState]]);

  it("the selected asset, and the open detail's asset, each once", () => {
    expect(watchedAssets({ selectedAssetId: A, selectedAlarmId: null, alarms })).toEqual([A]);
    expect(watchedAssets({ selectedAssetId: A, selectedAlarmId: "ep|c" as AlarmId, alarms })).toEqual([A, B]);
    expect(watchedAssets({ selectedAssetId: B, selectedAlarmId: "ep|c" as AlarmId, alarms })).toEqual([B]);
    expect(watchedAssets({ selectedAssetId: null, selectedAlarmId: "ep|c" as AlarmId, alarms })).toEqual([B]);
  });

  it("nothing for a detail without an asset, or of an alarm that left the book", () => {
    expect(watchedAssets({ selectedAssetId: null, selectedAlarmId: "ep|d" as AlarmId, alarms })).toEqual([]);
    expect(watchedAssets({ selectedAssetId: null, selectedAlarmId: "ep|gone" as AlarmId, alarms })).toEqual([]);
  });
});
