/**
 * The contract client (what every window uses) against the core's window link, over an
 * in-memory pipe that copies every message as a MessagePort or a WebSocket would.
 */
import { describe, expect, it } from "vitest";
import type { CoreToWindowMessage, EndpointStatus, MethodArgs, MethodName, MethodResults, RequestMessage } from "../../contract/api";
import { ContractError, createApiClient } from "../../contract/client";
import { CoreError } from "../../main/core/rpc/core-error";
import { WindowLink } from "../../main/core/rpc/window-link";
import { E } from "./fixtures/ids";

const STATUS: EndpointStatus = { endpointId: E("nis-field"), url: "opc.tcp://127.0.0.1:4840", state: "connected", error: null, since: 1 };

function wire(handle: <M extends MethodName>(method: M, args: MethodArgs<M>) => Promise<unknown>) {
  let toWindow: ((m: CoreToWindowMessage) => void) | null = null;
  let onClosed: ((reason: string) => void) | null = null;
  const seenByCore: unknown[] = [];
  const link = new WindowLink((m) => queueMicrotask(() => toWindow?.(structuredClone(m))), {
    call: (_link, method, args) => handle(method, args) as never,
    closed: () => undefined,
  });
  const api = createApiClient({
    send: (m: RequestMessage) => {
      const copy = structuredClone(m);
      seenByCore.push(copy);
      queueMicrotask(() => void link.handle(copy));
    },
    receive: (h) => (toWindow = h),
    closed: (h) => (onClosed = h),
  });
  return { api, link, seenByCore, close: (reason: string) => onClosed?.(reason) };
}

describe("contract client over a pipe to the window link", () => {
  it("round-trips a call with its validated arguments and result", async () => {
    const { api } = wire(async (method, args) => {
      if (method === "unsubscribeTags") return { count: (args as MethodArgs<"unsubscribeTags">).tagIds.length } satisfies MethodResults["unsubscribeTags"];
      throw new Error("unexpected");
    });
    await expect(api.unsubscribeTags({ tagIds: ["nis-field|ns=1;s=a" as never, "nis-field|ns=1;s=b" as never] })).resolves.toEqual({ count: 2 });
  });

  it("refuses bad arguments before any handler runs, naming the field, as a ContractError", async () => {
    let handled = 0;
    const { api } = wire(async () => ++handled);
    const refused = await api.acknowledgeAlarm({ alarmId: "not-an-id" as never, comment: "x" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ContractError);
    expect((refused as ContractError).code).toBe("bad-request");
    expect((refused as ContractError).message).toMatch(/alarmId/);
    expect(handled).toBe(0);
  });

  it("carries the core's error codes back to the window", async () => {
    const { api } = wire(async () => {
      throw new CoreError("forbidden", "Ana (maintenance) may not acknowledge on this site");
    });
    const refused = (await api.acknowledgeAlarm({ alarmId: "ep|ns=1;s=x" as never, comment: "" }).catch((e: unknown) => e)) as ContractError;
    expect(refused.code).toBe("forbidden");
    expect(refused.message).toContain("may not acknowledge");
  });

  it("delivers events only to the topic's listeners, and stops after unsubscribe", async () => {
    const { api, link } = wire(async () => []);
    const seen: string[] = [];
    const off = api.on("connection", (s) => seen.push(`${s.endpointId}:${s.state}`));
    api.on("alarms", () => seen.push("alarms"));
    link.emit("connection", STATUS);
    await new Promise((r) => setTimeout(r, 0));
    off();
    link.emit("connection", { ...STATUS, state: "error" });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(["nis-field:connected"]);
  });

  it("a lost pipe fails pending calls and shows every known endpoint as disconnected", async () => {
    const { api, link, close } = wire(() => new Promise(() => undefined)); // the core never answers
    const states: string[] = [];
    api.on("connection", (s) => states.push(s.state));
    link.emit("connection", STATUS);
    await new Promise((r) => setTimeout(r, 0));
    const pending = api.listAlarms({}).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 0));
    close("core process died");
    const err = (await pending) as ContractError;
    expect(err.code).toBe("transport-closed");
    expect(states).toEqual(["connected", "disconnected"]);
  });

  it("a pipe that refuses to send fails the call at once and keeps nothing pending", async () => {
    const api = createApiClient({
      send: () => {
        throw new ContractError("transport-closed", "the core is gone");
      },
      receive: () => undefined,
    });
    await expect(api.listAlarms({})).rejects.toMatchObject({ code: "transport-closed" });
  });

  it("a closed link answers nothing and stops events", async () => {
    const { api, link } = wire(async () => []);
    const seen: unknown[] = [];
    api.on("connection", (s) => seen.push(s));
    link.close();
    link.emit("connection", STATUS);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([]);
  });
});
