/**
 * Acknowledge or confirm the marked alarms: Space marks the alarm under the cursor, `a` / `c`
 * then ask for the marked ones that the action still applies to, in the list's order.
 */
import { describe, expect, it } from "vitest";
import type { AlarmId } from "../../contract/api";
import { bulkTargets, keepPresent, toggleMark } from "../../renderer/alarms/panel/bulkTargets";
import { commandOf } from "../../renderer/alarms/panel/listKeys";
import { alarmState } from "./fixtures/alarm-state";
import { AL } from "./fixtures/ids";

const key = (k: string, shiftKey = false) => ({ key: k, shiftKey, ctrlKey: false, altKey: false, metaKey: false });

const shown = [
  alarmState("u1", { acked: false }),
  alarmState("u2", { acked: false }),
  alarmState("k1", { acked: true, confirmed: false }),
  alarmState("u3", { acked: false }),
  alarmState("k2", { acked: true, confirmed: true }),
];
const scope = (marked: string[], underWay: string[] = [], leaving: string | null = null) => ({
  shown,
  marked: new Set(marked.map(AL)),
  ackUnderWay: (id: AlarmId) => underWay.map(AL).includes(id),
  leavingId: leaving ? AL(leaving) : null,
});

describe("marking alarms", () => {
  it("Space marks, and nothing else does", () => {
    expect(commandOf(key(" "))).toBe("mark");
    expect(commandOf(key(" ", true))).toBeNull();
    expect(commandOf(key("a"))).toBe("ack");
  });

  it("toggles one alarm at a time and drops marks of alarms that left the book", () => {
    let marked = toggleMark(new Set(), AL("u1"));
    marked = toggleMark(marked, AL("u3"));
    marked = toggleMark(marked, AL("u1"));
    expect([...marked]).toEqual([AL("u3")]);
    const same = keepPresent(marked, new Map([[AL("u3"), 1]]));
    expect(same).toBe(marked);
    expect([...keepPresent(marked, new Map([[AL("u1"), 1]]))]).toEqual([]);
  });

  it("acknowledges only the marked alarms still unacknowledged, in the list's order", () => {
    expect(bulkTargets("acknowledge", scope(["u3", "k1", "u1"]), true)).toEqual([AL("u1"), AL("u3")]);
    expect(bulkTargets("acknowledge", scope(["u3", "u1"], ["u1"]), true)).toEqual([AL("u3")]);
    expect(bulkTargets("acknowledge", scope(["u3", "u1"], [], "u3"), true)).toEqual([AL("u1")]);
  });

  it("confirms only the marked alarms awaiting confirmation; everything shown when not limited to marks", () => {
    expect(bulkTargets("confirm", scope(["u1", "k1", "k2"]), true)).toEqual([AL("k1")]);
    expect(bulkTargets("acknowledge", scope(["u1"]), false)).toEqual([AL("u1"), AL("u2"), AL("u3")]);
  });
});
