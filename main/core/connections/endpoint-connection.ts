/**
 * One OPC UA endpoint: client, session, reconnection and a status a person can read. What to
 * do with a session (discover, subscribe) belongs to the caller, through `onSession`, which
 * runs after the first connect and again whenever the session had to be recreated.
 */
import {
  ClientSession,
  MessageSecurityMode,
  OPCUAClient,
  SecurityPolicy,
  UserTokenType,
  type OPCUACertificateManager,
  type UserIdentityInfo,
} from "node-opcua";
import type { ConnectionState, EndpointStatus } from "../../../contract/api";
import type { EndpointConfig } from "../sites/site-config";
import { latestRejectedCertificate, WORKSTATION_APPLICATION, type CertificateSummary } from "./pki";

export interface EndpointCallbacks {
  onStatus(status: EndpointStatus): void;
  /** A new session is ready (first connect, or after the old one could not be restored). */
  onSession(session: ClientSession): Promise<void>;
  /** The transport came back and the session was kept: subscriptions survive, conditions must be refreshed. */
  onReconnected(session: ClientSession): Promise<void>;
}

const RETRY_MS = 2000;
const MAX_RETRY_MS = 30_000;

function describeCertificate(c: CertificateSummary | null): string {
  return c ? `thumbprint ${c.thumbprint}, subject ${c.subject}, valid ${c.validFrom} to ${c.validTo}` : "certificate not readable";
}

export class EndpointConnection {
  private client: OPCUAClient | null = null;
  private session: ClientSession | null = null;
  private stopped = false;
  private status: EndpointStatus;
  private retryTimer: NodeJS.Timeout | null = null;
  private failures = 0;

  constructor(
    readonly config: EndpointConfig & { url: string },
    private readonly pki: OPCUACertificateManager,
    private readonly callbacks: EndpointCallbacks,
  ) {
    this.status = { endpointId: config.id, url: config.url, state: "connecting", error: null, since: Date.now() };
  }

  get id(): string {
    return this.config.id;
  }

  getStatus(): EndpointStatus {
    return this.status;
  }

  /** The live session, or null while disconnected. */
  getSession(): ClientSession | null {
    return this.status.state === "connected" ? this.session : null;
  }

  start(): void {
    void this.attempt();
  }

  private setStatus(state: ConnectionState, error: string | null): void {
    if (this.status.state === state && this.status.error === error) return;
    this.status = { ...this.status, state, error, since: Date.now() };
    this.callbacks.onStatus(this.status);
  }

  private describe(err: unknown): string {
    let text = err instanceof Error ? (err.message.split("\n")[0] ?? "") : String(err);
    if (/BadUserAccessDenied|BadIdentityToken/.test(text)) {
      const who = this.config.credentials ? `user "${this.config.credentials.user}"` : "anonymous access";
      text = `${who} was refused (wrong user name or password, or not allowed on this server): ${text}`;
    } else if (/BadCertificateUntrusted/.test(text)) {
      text = `the server's certificate is not trusted (${describeCertificate(latestRejectedCertificate(this.pki))}); it was put in the workstation's PKI rejected/ folder until a person trusts it`;
    }
    return `Endpoint "${this.config.id}" (${this.config.url}): ${text}`;
  }

  private identity(): UserIdentityInfo {
    const c = this.config.credentials;
    if (!c) return { type: UserTokenType.Anonymous };
    return { type: UserTokenType.UserName, userName: c.user, password: c.password };
  }

  private async attempt(): Promise<void> {
    if (this.stopped) return;
    // A client whose session died keeps reconnecting on its own: end it before making another.
    const previous = this.client;
    this.client = null;
    this.session = null;
    if (previous) await previous.disconnect().catch(() => undefined);
    this.setStatus("connecting", this.status.error);
    const client = OPCUAClient.create({
      applicationName: WORKSTATION_APPLICATION.name,
      applicationUri: WORKSTATION_APPLICATION.uri,
      clientCertificateManager: this.pki,
      securityMode: MessageSecurityMode[this.config.securityMode],
      securityPolicy: SecurityPolicy[this.config.securityPolicy],
      endpointMustExist: false,
      keepSessionAlive: true,
      requestedSessionTimeout: 60_000,
      // The first connect fails fast so a wrong URL or an untrusted certificate is reported;
      // once connected, node-opcua's own reconnection keeps the session and its subscriptions.
      connectionStrategy: { maxRetry: 0, initialDelay: 500, maxDelay: 5000 },
    });
    this.client = client;
    try {
      await client.connect(this.config.url);
      client.connectionStrategy.maxRetry = -1 as unknown as number;
      const session = await client.createSession(this.identity());
      this.session = session;
      // Events of a client or session we already replaced must not steer the current one.
      const current = () => this.client === client && this.session === session && !this.stopped;
      client.on("connection_lost", () => {
        if (current()) this.setStatus("disconnected", this.describe("connection lost, reconnecting"));
      });
      client.on("connection_reestablished", () => {
        if (!current()) return;
        this.setStatus("connected", null);
        void this.callbacks.onReconnected(session).catch((err) => this.setStatus("error", this.describe(err)));
      });
      session.on("session_closed", () => {
        if (current()) this.scheduleRetry(this.describe("session closed by the server"));
      });
      this.setStatus("connected", null);
      await this.callbacks.onSession(session);
      this.failures = 0;
    } catch (err) {
      const reason = this.describe(err);
      await client.disconnect().catch(() => undefined);
      this.client = null;
      this.session = null;
      this.scheduleRetry(reason);
    }
  }

  private scheduleRetry(error: string): void {
    if (this.stopped) return;
    this.setStatus("error", error);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    // Back off: a wrong password retried every two seconds would lock the account on many servers.
    const delay = Math.min(RETRY_MS * 2 ** this.failures, MAX_RETRY_MS);
    this.failures++;
    this.retryTimer = setTimeout(() => void this.attempt(), delay);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const { client, session } = this;
    this.client = null;
    this.session = null;
    if (session) await session.close().catch(() => undefined);
    if (client) await client.disconnect().catch(() => undefined);
    this.setStatus("disconnected", null);
  }
}
