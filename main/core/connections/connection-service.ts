/**
 * The site's endpoints: one runtime each (session, discovery, subscriptions, refresh), their
 * status for the windows, and the live session an action is sent on.
 */
import type { ClientSession, OPCUACertificateManager } from "node-opcua";
import type { EndpointId, EndpointStatus } from "../../../contract/api";
import { CoreError } from "../rpc/core-error";
import type { EndpointConfig, SiteConfig } from "../sites/site-config";
import type { PersonCredentials } from "./endpoint-connection";
import { EndpointRuntime, type RuntimeHooks } from "./endpoint-runtime";

export type ResolvedEndpoint = EndpointConfig & { url: string };

/** Every endpoint must have somewhere to connect before anything is opened. */
export function resolveEndpoints(site: Pick<SiteConfig, "endpoints">, urls: Map<string, string> | undefined): ResolvedEndpoint[] {
  return site.endpoints.map((endpoint) => {
    const url = endpoint.url ?? urls?.get(endpoint.id);
    if (!url) throw new CoreError("bad-request", `Endpoint "${endpoint.id}" has no URL and no embedded simulator was started for it`);
    return { ...endpoint, url };
  });
}

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
    return [...this.runtimes.values()].map((r) => r.getStatus());
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
      const { refused, live } = await runtime.changeUser(person);
      if (live) connected++;
      if (refused) return { refusedBy: `endpoint "${id}": ${refused}`, connected };
    }
    return { refusedBy: null, connected };
  }

  /**
   * The server certificate each endpoint was last seen with: the one its live connection
   * presented, or the one it was refused for (the status's certificate-untrusted problem).
   */
  presentedCertificates(): Map<EndpointId, string> {
    const seen = new Map<EndpointId, string>();
    for (const [id, runtime] of this.runtimes) {
      const { problem } = runtime.connection.getStatus();
      const refused = problem?.kind === "certificate-untrusted" ? problem.certificate?.thumbprint : undefined;
      const thumbprint = runtime.connection.serverCertificateThumbprint() ?? refused;
      if (thumbprint) seen.set(id, thumbprint);
    }
    return seen;
  }

  /** These endpoints try to connect now, back-off reset (a person fixed the cause). */
  retryNow(endpointIds: Iterable<EndpointId>): void {
    for (const id of endpointIds) this.runtimes.get(id)?.connection.retryNow();
  }

  /** One endpoint tries now (a person asked); its status after, or null for an endpoint the site does not have. */
  retryOne(endpointId: EndpointId): EndpointStatus | null {
    const runtime = this.runtimes.get(endpointId);
    if (!runtime) return null;
    runtime.connection.retryNow();
    return runtime.getStatus();
  }

  /** These endpoints drop their live connection and connect again at once (the trust behind it was withdrawn). */
  reconnectNow(endpointIds: Iterable<EndpointId>, reason: string): void {
    for (const id of endpointIds) this.runtimes.get(id)?.connection.reconnectNow(reason);
  }

  /** The endpoint's server resends its retained conditions (the asset model they link to changed). */
  refreshConditions(endpointId: EndpointId): Promise<void> {
    return this.runtimes.get(endpointId)?.refreshConditions() ?? Promise.resolve();
  }

  allConnected(): boolean {
    return [...this.runtimes.values()].every((r) => r.getStatus().state === "connected");
  }

  async stop(): Promise<void> {
    await Promise.all([...this.runtimes.values()].map((r) => r.stop()));
  }
}
