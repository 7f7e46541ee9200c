/**
 * Host mode survives its clients: a malformed frame, an over-long message or text that is not
 * JSON closes that one socket with the right code, a client that stops reading is cut off, and
 * through all of it another window on the same host keeps getting answers. Raw bytes on a real
 * TCP socket against a real core.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { MAX_MESSAGE_BYTES } from "../../../main/host/host-server";
import { GoodClient, startHostFixture, type HostFixture } from "./host-fixture";
import { closeCode, frame, rawUpgrade, textFrame } from "./raw-websocket";

/** Small, so the test need not queue hundreds of MB; the production bound is the same code path. */
const BUFFERED_BOUND = 1024 * 1024;

let fx: HostFixture;
let good: GoodClient;

// Vitest catches uncaught exceptions for the whole run, where a real host process would die of
// them; watching for them here makes each test fail on its own when one happens.
const uncaught: unknown[] = [];
const watchUncaught = (err: unknown) => uncaught.push(err);

beforeAll(async () => {
  process.on("uncaughtExceptionMonitor", watchUncaught);
  fx = await startHostFixture({ maxBufferedBytes: BUFFERED_BOUND });
  good = await GoodClient.open(fx.host);
}, 60_000);

beforeEach(() => {
  uncaught.length = 0;
});

afterAll(async () => {
  process.off("uncaughtExceptionMonitor", watchUncaught);
  good?.close();
  await fx?.stop();
});

/** The process is unharmed and the well-behaved window still gets answers. */
async function stillServing(): Promise<void> {
  expect(uncaught).toEqual([]);
  const reply = await good.call("getSite");
  expect(reply.kind).toBe("result");
  expect(good.ws.readyState).toBe(WebSocket.OPEN);
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} did not happen in ${ms} ms`)), ms))]);
}

const MiB = 1024 * 1024;

const badInputs: { name: string; bytes: () => Buffer; code: number }[] = [
  { name: "an unmasked client frame", bytes: () => frame(0x1, Buffer.from('{"kind":"call"}'), { mask: false }), code: 1002 },
  { name: "invalid UTF-8 in a text frame", bytes: () => frame(0x1, Buffer.from([0x7b, 0xff, 0xfe, 0x7d])), code: 1007 },
  { name: "a reserved opcode", bytes: () => frame(0x3, Buffer.from("x")), code: 1002 },
  { name: "a 64-bit length of 2^40", bytes: () => frame(0x2, Buffer.alloc(0), { claimedLength: 2n ** 40n }), code: 1009 },
  {
    name: "a fragmented message whose parts add up past the limit",
    bytes: () =>
      Buffer.concat([
        frame(0x1, Buffer.alloc(MAX_MESSAGE_BYTES / 2, 0x20), { fin: false }),
        frame(0x0, Buffer.alloc(MAX_MESSAGE_BYTES / 2 + MiB, 0x20)),
      ]),
    code: 1009,
  },
  { name: "text that is not JSON", bytes: () => textFrame("{not json"), code: 1007 },
  { name: "a binary message", bytes: () => frame(0x2, Buffer.from("{}")), code: 1003 },
];

describe("host mode and clients that send bad bytes", () => {
  it.each(badInputs)("closes only the socket that sent $name ($code)", async ({ bytes, code }) => {
    const raw = await rawUpgrade(fx.host.port, fx.host.token);
    raw.socket.write(bytes());
    await within(raw.closed, 10_000, "closing the bad socket");
    expect(closeCode(raw.received())).toBe(code);
    await stillServing();
  });

  it("closes a socket that sends one message over the limit (1009)", async () => {
    const big = await GoodClient.open(fx.host);
    const closed = new Promise<number>((resolve) => big.ws.once("close", (c) => resolve(c)));
    big.ws.on("error", () => {});
    big.ws.send(JSON.stringify({ kind: "call", id: 1, method: "getSite", args: { pad: "x".repeat(MAX_MESSAGE_BYTES) } }));
    expect(await within(closed, 10_000, "closing the over-limit socket")).toBe(1009);
    await stillServing();
  });

  it("still takes the largest legitimate call: subscribeTags with 200k tag ids", async () => {
    const tagIds = Array.from({ length: 200_000 }, (_, i) => `nis-field|ns=1;s=heating.HS-${String(i).padStart(6, "0")}.SupplyTemperature`);
    const client = await GoodClient.open(fx.host);
    try {
      const reply = await client.call("subscribeTags", { tagIds }, 30_000);
      expect(["result", "error"]).toContain(reply.kind); // answered, not cut off
      expect(client.ws.readyState).toBe(WebSocket.OPEN);
    } finally {
      client.close();
    }
  }, 60_000);
});

describe("host mode and a client that stops reading", () => {
  it("cuts the client off once its unread replies pass the bound, and serves the others", async () => {
    const raw = await rawUpgrade(fx.host.port, fx.host.token);
    raw.socket.pause(); // never read: replies pile up in the kernel, then in the host
    const cutOff = () => fx.logged.some((l) => l.message.includes("stopped reading"));
    const request = textFrame(JSON.stringify({ kind: "call", id: 1, method: "getSite", args: {} }));
    // Up to ~200 MB of replies if nothing cuts it off; well past kernel buffers and the bound.
    for (let round = 0; round < 200 && !cutOff(); round++) {
      raw.socket.write(Buffer.concat(Array.from({ length: 100 }, () => request)));
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(cutOff()).toBe(true);
    raw.socket.resume();
    await within(raw.closed, 10_000, "the cut-off socket closing");
    await stillServing();
  }, 60_000);
});
