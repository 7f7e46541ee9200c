/**
 * The status the windows see: "connected" reads "refreshing" until the ConditionRefresh ended,
 * `since` says when each began, the last good connection survives a switch to another server's
 * connection, and nothing goes out when nothing changed.
 */
import { describe, expect, it } from "vitest";
import { endpointId, type EndpointStatus } from "../../contract/api";
import { PresentedStatus } from "../../main/core/connections/endpoint-status";

const base = (over: Partial<EndpointStatus>): EndpointStatus => ({
  endpointId: endpointId("water"),
  url: "opc.tcp://a:4840",
  state: "connecting",
  error: null,
  problem: null,
  since: 1000,
  lastConnectedAt: null,
  ...over,
});

describe("PresentedStatus", () => {
  it("says refreshing while connected and the refresh has not ended, then connected, each with its own since", () => {
    let now = 5000;
    const out: EndpointStatus[] = [];
    const presented = new PresentedStatus((s) => out.push(s), () => now);
    presented.present(base({}), { refreshing: true });
    expect(out.at(-1)).toMatchObject({ state: "connecting", since: 1000 });
    now = 6000;
    presented.present(base({ state: "connected", since: 5900, lastConnectedAt: 5900 }), { refreshing: true });
    expect(out.at(-1)).toMatchObject({ state: "refreshing", since: 6000, lastConnectedAt: 5900 });
    now = 6500;
    presented.present(base({ state: "connected", since: 5900, lastConnectedAt: 5900 }), { refreshing: true });
    expect(out).toHaveLength(2);
    now = 7000;
    presented.present(base({ state: "connected", since: 5900, lastConnectedAt: 5900 }), { refreshing: false });
    expect(out.at(-1)).toMatchObject({ state: "connected", since: 7000 });
    now = 9000;
    presented.present(base({ state: "connected", since: 5900, lastConnectedAt: 5900 }), { refreshing: false });
    expect(out).toHaveLength(3);
  });

  it("keeps the last good connection when the endpoint moves to another server's fresh connection", () => {
    const out: EndpointStatus[] = [];
    const presented = new PresentedStatus((s) => out.push(s), () => 10_000);
    presented.present(base({ state: "connected", lastConnectedAt: 8000 }), { refreshing: false });
    presented.present(base({ url: "opc.tcp://b:4840", state: "connecting", since: 9500, lastConnectedAt: null }), { refreshing: true });
    expect(out.at(-1)).toMatchObject({ url: "opc.tcp://b:4840", state: "connecting", since: 9500, lastConnectedAt: 8000 });
  });
});
