import { describe, expect, it } from "vitest";
import type { CoreToWindowMessage } from "../../contract/api";
import { CoreError } from "../../main/core/rpc/core-error";
import { WindowLink } from "../../main/core/rpc/window-link";

function link(call: (method: string, args: unknown) => Promise<unknown>) {
  const sent: CoreToWindowMessage[] = [];
  const l = new WindowLink((m) => sent.push(m), { call: (_l, method, args) => call(method, args) as never, closed: () => undefined });
  return { l, sent };
}

describe("contract dispatch", () => {
  it("validates arguments with the zod schema and names the bad field", async () => {
    const calls: unknown[] = [];
    const { l, sent } = link(async (m, a) => calls.push([m, a]));
    await l.handle({ kind: "call", id: 1, method: "acknowledgeAlarm", args: { alarmId: "", comment: 5 } });
    expect(calls).toEqual([]);
    expect(sent[0]).toMatchObject({ kind: "error", id: 1, error: { code: "bad-request" } });
    const message = (sent[0] as { error: { message: string } }).error.message;
    expect(message).toContain("alarmId");
    expect(message).toContain("comment");
  });

  it("refuses unknown methods, including inherited names", async () => {
    const { l, sent } = link(async () => "x");
    await l.handle({ kind: "call", id: 2, method: "constructor", args: {} });
    expect(sent[0]).toMatchObject({ kind: "error", id: 2, error: { code: "bad-request" } });
  });

  it("passes validated calls through and carries CoreError codes back", async () => {
    const { l, sent } = link(async (m) => {
      if (m === "listAlarms") throw new CoreError("forbidden", "no");
      return [];
    });
    await l.handle({ kind: "call", id: 3, method: "getSite", args: {} });
    await l.handle({ kind: "call", id: 4, method: "listAlarms", args: {} });
    expect(sent).toEqual([
      { kind: "result", id: 3, result: [] },
      { kind: "error", id: 4, error: { code: "forbidden", message: "no" } },
    ]);
  });

  it("ignores messages that are not calls", async () => {
    const { l, sent } = link(async () => "x");
    await l.handle("hello");
    await l.handle({ kind: "call", id: -1, method: "getSite" });
    expect(sent).toEqual([]);
  });
});
