// The preload's pipe notices a dead core: pending calls fail, endpoints show disconnected,
// new calls are refused. Driven with Node's MessageChannel, no Electron.
import { MessageChannel } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { createApiClient } from "../../contract/client";
import { corePortPipe, PORT_CLOSED_REASON, type CorePortSource } from "../../preload/core-port";

function fakeMain() {
  let portHandler: ((port: MessagePort) => void) | null = null;
  let lostHandler: ((reason: string) => void) | null = null;
  let requests = 0;
  const source: CorePortSource = {
    requestPort: () => void requests++,
    onPort: (h) => void (portHandler = h),
    onCoreLost: (h) => void (lostHandler = h),
  };
  return {
    source,
    requests: () => requests,
    /** Hands the window one end of a channel; the test plays the core on the other. */
    givePort() {
      const channel = new MessageChannel();
      portHandler!(channel.port1 as unknown as MessagePort);
      return channel.port2;
    },
    coreLost: (reason: string) => lostHandler!(reason),
  };
}

const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));

describe("corePortPipe", () => {
  it("asks for a port, queues calls until it arrives, then carries replies", async () => {
    const main = fakeMain();
    const api = createApiClient(corePortPipe(main.source));
    expect(main.requests()).toBe(1);
    const call = api.getConnections({});
    const core = main.givePort();
    core.on("message", (m: { id: number }) => core.postMessage({ kind: "result", id: m.id, result: [] }));
    await expect(call).resolves.toEqual([]);
    // one port per window: a second one is closed rather than replacing the first
    const second = main.givePort();
    await new Promise<void>((resolve) => second.once("close", () => resolve()));
    await expect(api.getConnections({})).resolves.toEqual([]);
    core.close();
  });

  it("core-lost from the main process fails pending calls, shows endpoints disconnected and refuses new calls", async () => {
    const main = fakeMain();
    const api = createApiClient(corePortPipe(main.source));
    const core = main.givePort();
    const seen: { state: string; error: string | null }[] = [];
    api.on("connection", (s) => seen.push({ state: s.state, error: s.error ?? null }));
    core.on("message", (m: { id: number; method: string }) => {
      if (m.method === "getConnections") {
        core.postMessage({ kind: "result", id: m.id, result: [{ endpointId: "nis-water", state: "connected", error: null, since: 1 }] });
      }
      // any other call is left unanswered: the core is about to die
    });
    await api.getConnections({});
    const pending = api.listAssets({});
    await tick();

    main.coreLost("The control-room core stopped (exit code 1).");
    await expect(pending).rejects.toMatchObject({ code: "transport-closed", message: "The control-room core stopped (exit code 1)." });
    expect(seen).toEqual([{ state: "disconnected", error: "The control-room core stopped (exit code 1)." }]);
    await expect(api.listAssets({})).rejects.toMatchObject({ code: "transport-closed" });
  });

  it("a port that arrives after the loss is closed, not used: the window waits for its reload", async () => {
    const main = fakeMain();
    const api = createApiClient(corePortPipe(main.source));
    main.coreLost("gone");
    const stale = main.givePort();
    const closed = new Promise<void>((resolve) => stale.once("close", () => resolve()));
    await closed;
    await expect(api.listAssets({})).rejects.toMatchObject({ code: "transport-closed" });
  });

  it("notices the port closing by itself", async () => {
    const main = fakeMain();
    const api = createApiClient(corePortPipe(main.source));
    const core = main.givePort();
    const pending = api.listAssets({});
    await tick();
    core.close();
    await expect(pending).rejects.toMatchObject({ code: "transport-closed", message: PORT_CLOSED_REASON });
  });

  it("a loss before the port arrives still fails the queued calls", async () => {
    const main = fakeMain();
    const api = createApiClient(corePortPipe(main.source));
    const queued = api.listAssets({});
    main.coreLost("gone");
    await expect(queued).rejects.toMatchObject({ code: "transport-closed", message: "gone" });
  });
});
