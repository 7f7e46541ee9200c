/**
 * The offline line (renderer/banner/offlineEndpoints.ts): names endpoints that are not live, but
 * not one still making its first connection at start.
 */
import { describe, expect, it } from "vitest";
import type { ConnectionState, EndpointStatus } from "../../contract/api";
import { offlineEndpoints } from "../../renderer/banner/offlineEndpoints";
import { E } from "./fixtures/ids";

const T0 = Date.UTC(2026, 10, 26, 9, 0);

function status(id: string, state: ConnectionState, over: Partial<EndpointStatus> = {}): EndpointStatus {
  return { endpointId: E(id), url: `opc.tcp://127.0.0.1:4840/${id}`, state, error: null, since: T0, attempts: 0, lastConnectedAt: null, ...over };
}

const summary = (list: EndpointStatus[]) => offlineEndpoints(new Map(list.map((s) => [s.endpointId, s])));

describe("offline endpoints", () => {
  it("names lost, failed and retrying endpoints in the site's order; live and refreshing ones are not offline", () => {
    const s = summary([
      status("nis-water", "connected"),
      status("nis-heating", "disconnected", { since: T0 + 5, lastConnectedAt: T0 }),
      status("nis-waste", "refreshing"),
      status("nis-parking", "error", { attempts: 3 }),
      status("nis-air", "connecting", { attempts: 1, lastConnectedAt: T0 - 60_000 }),
    ]);
    expect(s.total).toBe(5);
    expect(s.offline).toEqual([
      { endpointId: E("nis-heating"), since: T0 + 5, lastConnectedAt: T0 },
      { endpointId: E("nis-parking"), since: T0, lastConnectedAt: null },
      { endpointId: E("nis-air"), since: T0, lastConnectedAt: T0 - 60_000 },
    ]);
  });

  it("a first connection at start is not offline yet; its first failure is", () => {
    expect(summary([status("nis-water", "connecting")]).offline).toEqual([]);
    expect(summary([status("nis-water", "error", { attempts: 1 })]).offline.map((o) => o.endpointId)).toEqual([E("nis-water")]);
  });
});
