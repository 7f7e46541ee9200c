// What the core's utility process may tell the main process; anything else must not count.
import { describe, expect, it } from "vitest";
import { parseCoreMessage } from "../../main/electron/core-messages";

describe("parseCoreMessage", () => {
  it("reads ready and fatal", () => {
    expect(parseCoreMessage({ type: "ready" })).toEqual({ type: "ready" });
    expect(parseCoreMessage({ type: "fatal", message: "disk full" })).toEqual({ type: "fatal", message: "disk full" });
  });
  it("bounds the text shown to a person", () => {
    expect(parseCoreMessage({ type: "fatal", message: "x".repeat(10_000) })).toEqual({ type: "fatal", message: "x".repeat(2000) });
  });
  it.each([null, undefined, "ready", 1, {}, { type: "READY" }, { type: "fatal" }, { type: "fatal", message: 7 }, { type: "window" }])(
    "ignores %j",
    (data) => {
      expect(parseCoreMessage(data)).toBeNull();
    },
  );
});
