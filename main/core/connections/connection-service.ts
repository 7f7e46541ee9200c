/**
 * The site's endpoints: one runtime each (session, discovery, subscriptions, refresh), their
 * status for the windows, and the live session an action is sent on.
 */
import type { ClientSession, OPCUACertificateManager } from "node-opcua";
import type { EndpointId, EndpointStatus } from "../../../contract/api";
import type { EndpointConfig } from "../sites/site-config";
import type { PersonCredentials } from "./endpoint-connection";
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

  /**
   * Every endpoint's session runs as this person from now on (null: the station's account).
   * Stops at the first live session that refuses, naming it; the caller switches back.
   */
  async switchUser(person: PersonCredentials | null): Promise<{ refusedBy: string | null; connected: number }> {
    let connected = 0;
    for (const [id, runtime] of this.runtimes) {
      const { refused, live } = await runtime.connection.changeUser(person);
      if (live) connected++;
      if (refused) return { refusedBy: `endpoint "${id}": ${refused}`, connected };
    }
    return { refusedBy: null, connected };
  }

  allConnected(): boolean {
    return [...this.runtimes.values()].every((r) => r.connection.getStatus().state === "connected");
  }

  async stop(): Promise<void> {
    await Promise.all([...this.runtimes.values()].map((r) => r.stop()));
  }
}
