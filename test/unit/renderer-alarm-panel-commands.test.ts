/**
 * How a person drives the alarm panel: cursor movement and commands from the keyboard, and the
 * bulk runner's limit on acknowledgements in flight.
 */
import { describe, expect, it } from "vitest";
import type { ActionResult, AlarmId } from "../../contract/api";
import { runBulk, summarize } from "../../renderer/alarms/panel/bulkRun";
import { commandOf, moveCursor } from "../../renderer/alarms/panel/listKeys";
import { AL } from "./fixtures/ids";

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
