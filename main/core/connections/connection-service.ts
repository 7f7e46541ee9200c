/**
 * The site's endpoints: one runtime each (session, discovery, subscriptions, refresh), their
 * status for the windows, and the live session an action is sent on.
 */
import type { ClientSession, OPCUACertificateManager } from "node-opcua";
import type { EndpointId, EndpointStatus } from "../../../contract/api";
import type { EndpointConfig } from "../sites/site-config";
import { EndpointRuntime, type RuntimeHooks } from "./endpoint-runtime";

export type ResolvedEndpoint = EndpointConfig & { url: string };

export class ConnectionService {
  private readonly runtimes = new Map<EndpointId, EndpointRuntime>();

  constructor(
    endpoints: ResolvedEndpoint[],
    pki: OPCUACertificateManager,
    hooks: RuntimeHooks,
  ) {
    for (const endpoint of endpoints) this.runtimes.set(endpoint.id, new EndpointRuntime(endpoint, pki, hooks));
  }

  start(): void {
    for (const runtime of this.runtimes.values()) runtime.start();
  }

  list(): EndpointStatus[] {
    return [...this.runtimes.values()].map((r) => r.connection.getStatus());
  }

  sessionFor(endpointId: EndpointId): ClientSession | null {
    return this.runtimes.get(endpointId)?.connection.getSession() ?? null;
  }

  allConnected(): boolean {
    return [...this.runtimes.values()].every((r) => r.connection.getStatus().state === "connected");
  }

  async stop(): Promise<void> {
    await Promise.all([...this.runtimes.values()].map((r) => r.stop()));
  }
}
