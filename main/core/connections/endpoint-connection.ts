/**
 * One OPC UA endpoint: client, session, reconnection and a status a person can read. What to
 * do with a session (discover, subscribe) belongs to the caller, through `onSession`, which
 * runs after the first connect and again whenever the session had to be recreated.
 */
import { ClientSession, OPCUAClient, type OPCUACertificateManager, type UserIdentityInfo } from "node-opcua";
import type { EndpointStatus } from "../../../contract/api";
import type { EndpointConfig } from "../sites/site-config";
import { bounded } from "./bounded-wait";
import { described, diagnoseFailure } from "./endpoint-diagnosis";
import { classifyEndpointError, type Described } from "./endpoint-problem";
import { EndpointStatusKeeper } from "./endpoint-status";
import { thumbprintOf } from "./pki";
import { userIdentity, workstationClient } from "./workstation-client";
import { readServerIdentity } from "./server-identity";
import { dropStalledClient, guardAgainstStall } from "./stall-guard";
import type { Stall } from "./stall-watchdog";

export interface EndpointCallbacks {
  onStatus(status: EndpointStatus): void;
  /** A new session is ready (first connect, or after the old one could not be restored). */
  onSession(session: ClientSession): Promise<void>;
  /** The transport came back and the session was kept: subscriptions survive, conditions must be refreshed. */
  onReconnected(session: ClientSession): Promise<void>;
  /** A new session refused the signed-in person's identity; the connection went back to the station's. */
  onPersonRefused?(reason: string): void;
}

/** A person's user name and password, kept in memory only while they are signed in. */
export interface PersonCredentials {
  user: string;
  password: string;
}

const RETRY_MS = 2000;
const MAX_RETRY_MS = 30_000;

export class EndpointConnection {
  private client: OPCUAClient | null = null;
  private session: ClientSession | null = null;
  private stopped = false;
  private readonly status: EndpointStatusKeeper;
  private retryTimer: NodeJS.Timeout | null = null;
  /** Failures counted for the back-off (a person's "retry now" resets it; `attempts` in the status it does not). */
  private failures = 0;
  /** A person asked for a new attempt while one was under way: its failure retries at once. */
  private retrySoon = false;
  /** Ends the stall watch on the current session. */
  private unguard: (() => void) | null = null;

  constructor(
    readonly config: EndpointConfig & { url: string },
    private readonly pki: OPCUACertificateManager,
    private readonly callbacks: EndpointCallbacks,
  ) {
    const security = { mode: config.securityMode, policy: config.securityPolicy };
    this.status = new EndpointStatusKeeper({ endpointId: config.id, url: config.url, security }, (s) => callbacks.onStatus(s));
  }

  get id(): string {
    return this.config.id;
  }

  getStatus(): EndpointStatus {
    return this.status.get();
  }

  /** The live session, or null while disconnected. */
  getSession(): ClientSession | null {
    return this.status.get().state === "connected" ? this.session : null;
  }

  start(): void {
    void this.attempt();
  }

  /** A connection event (not an error) as a person reads it. */
  private event(kind: "connection-lost" | "session-closed", text: string): Described {
    return described({ kind }, text, this.context());
  }

  /** An error read by its words alone, where nothing is worth asking the network (a refresh after reconnecting failed). */
  private classified(err: unknown): Described {
    const text = err instanceof Error ? err.message : String(err);
    const ctx = this.context();
    return described(classifyEndpointError(text, ctx.user, ctx.url), text.split("\n")[0]!, ctx);
  }

  private context() {
    const account = this.person ?? this.config.credentials;
    return {
      endpointId: this.config.id,
      url: this.config.url,
      security: this.status.get().security!,
      user: account?.user ?? null,
      pki: this.pki,
    };
  }

  /** The signed-in person, or null: the station's own account from the site config. */
  private person: PersonCredentials | null = null;

  private identity(): UserIdentityInfo {
    return userIdentity(this.person ?? this.config.credentials);
  }

  /**
   * Switches the live session to a person (or back to the station, null) by ActivateSession,
   * without reconnecting, so subscriptions carry on; with no live session the identity is
   * used for the next one. Answers the server's status code name, or null when it accepted.
   */
  async changeUser(person: PersonCredentials | null): Promise<{ refused: string | null; live: boolean }> {
    const session = this.getSession();
    if (!session) {
      this.person = person;
      return { refused: null, live: false };
    }
    const previous = this.person;
    this.person = person;
    try {
      const status = await session.changeUser(this.identity());
      if (status.isGood()) return { refused: null, live: true };
      this.person = previous;
      return { refused: status.name, live: true };
    } catch (err) {
      this.person = previous;
      return { refused: (err as Error).message.split("\n")[0] ?? "refused", live: true };
    }
  }

  private async attempt(): Promise<void> {
    if (this.stopped) return;
    // A client whose session died keeps reconnecting on its own: end it before making another.
    const previous = this.client;
    this.client = null;
    this.session = null;
    this.unguard?.();
    this.unguard = null;
    if (previous) await previous.disconnect().catch(() => undefined);
    // A kept password not entered yet: trying the server would only count as a wrong password there.
    const c = this.config.credentials;
    if (!this.person && this.config.keptPassword && c && !c.password) {
      this.status.set("error", described({ kind: "password-not-kept", user: c.user }, "", this.context()), { nextAttemptAt: null });
      return;
    }
    this.status.set("connecting", this.status.trouble(), { nextAttemptAt: null });
    const client = workstationClient(this.config, this.pki, {
      keepSessionAlive: true,
      requestedSessionTimeout: 60_000,
      // The first connect fails fast so a wrong URL or an untrusted certificate is reported;
      // once connected, node-opcua's own reconnection keeps the session and its subscriptions.
      connectionStrategy: { maxRetry: 0, initialDelay: 500, maxDelay: 5000 },
    });
    this.client = client;
    const startedAt = Date.now();
    try {
      await client.connect(this.config.url);
      client.connectionStrategy.maxRetry = -1 as unknown as number;
      const session = await client.createSession(this.identity());
      this.session = session;
      // Events of a client or session we already replaced must not steer the current one.
      const current = () => this.client === client && this.session === session && !this.stopped;
      client.on("connection_lost", () => {
        if (current()) this.status.set("disconnected", this.event("connection-lost", "connection lost, reconnecting"));
      });
      // node-opcua's reconnection: each failed try and the wait before the next.
      client.on("backoff", (count: number, delay: number) => {
        if (current() && this.status.get().state === "disconnected") this.status.update({ attempts: count + 1, nextAttemptAt: Date.now() + delay });
      });
      client.on("connection_reestablished", () => {
        if (!current()) return;
        this.status.set("connected", null, { attempts: 0, nextAttemptAt: null, lastConnectedAt: Date.now() });
        void this.callbacks.onReconnected(session).catch((err) => this.status.set("error", this.classified(err)));
      });
      session.on("session_closed", () => {
        if (!current()) return;
        this.countFailure();
        this.scheduleRetry(this.event("session-closed", "session closed by the server"));
      });
      const server = await readServerIdentity(session);
      if (!current()) return;
      this.status.set("connected", null, { server, attempts: 0, nextAttemptAt: null, lastConnectedAt: Date.now() });
      await this.callbacks.onSession(session);
      // Watched once set up: discovery and creating thousands of items are long silent
      // answers, each bounded by node-opcua's transaction timeout already.
      if (current()) this.unguard = guardAgainstStall(client, session, (stall) => this.stalled(client, stall));
      this.failures = 0;
    } catch (err) {
      await client.disconnect().catch(() => undefined);
      if (this.client === client) {
        this.client = null;
        this.session = null;
      }
      const reason = await diagnoseFailure(err, { ...this.context(), elapsedMs: Date.now() - startedAt });
      if (this.stopped || this.client) return;
      if (this.person && reason.problem.kind === "user-refused") {
        // The person's password no longer opens this server: go back to the station's account
        // at once (the identity service signs the person out) rather than retry as them.
        this.person = null;
        this.callbacks.onPersonRefused?.(reason.error);
        this.failures = 0;
      }
      this.countFailure();
      this.scheduleRetry(reason);
    }
  }

  /** Nothing came back for two keep-alive periods: drop the link and connect again at once. */
  private stalled(client: OPCUAClient, stall: Stall): void {
    if (this.stopped || this.client !== client) return;
    this.unguard?.();
    this.unguard = null;
    this.client = null;
    this.session = null;
    void dropStalledClient(client);
    const problem = { kind: "stalled" as const, silentMs: stall.silentMs, keepAliveMs: stall.keepAliveMs };
    this.retrySoon = true;
    this.failures = 0;
    this.countFailure();
    this.scheduleRetry(described(problem, "", this.context()));
  }

  private countFailure(): void {
    this.status.update({ attempts: (this.status.get().attempts ?? 0) + 1 });
  }

  private scheduleRetry(trouble: Described): void {
    if (this.stopped) return;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    // Back off: a wrong password retried every two seconds would lock the account on many servers.
    const delay = this.retrySoon ? 0 : Math.min(RETRY_MS * 2 ** this.failures, MAX_RETRY_MS);
    this.retrySoon = false;
    this.failures++;
    this.status.set("error", trouble, { nextAttemptAt: Date.now() + delay });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.attempt();
    }, delay);
  }

  /**
   * A person removed the cause (trusted the server's certificate, say): try again now, with
   * the back-off reset. A live session is left alone; an attempt under way that fails retries
   * at once instead of waiting.
   */
  retryNow(): void {
    const { state } = this.status.get();
    if (this.stopped || state === "connected") return;
    this.failures = 0;
    if (state === "connecting" && !this.retryTimer) {
      this.retrySoon = true;
      return;
    }
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    void this.attempt();
  }

  /**
   * The trust this session was made under is gone (a person rejected the server's
   * certificate): drop it and connect again at once, where the PKI now decides.
   */
  reconnectNow(reason: string): void {
    if (this.stopped || this.status.get().state !== "connected") return;
    this.retrySoon = true;
    this.failures = 0;
    this.scheduleRetry(described({ kind: "other", code: null }, reason, this.context()));
  }

  /** Thumbprint of the certificate the server presented on the live connection, or null. */
  serverCertificateThumbprint(): string | null {
    const presented = this.status.get().state === "connected" ? this.client?.serverCertificate : undefined;
    if (!presented) return null;
    try {
      return thumbprintOf(Array.isArray(presented) ? presented[0]! : presented);
    } catch {
      return null;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.unguard?.();
    const { client, session } = this;
    const live = this.status.get().state === "connected";
    this.client = null;
    this.session = null;
    // Closing a session whose server is gone waits for an answer that never comes (node-opcua
    // keeps reconnecting): only a live session is closed politely, and nothing waits for long.
    if (session && live) await bounded(session.close());
    if (client) await bounded(client.disconnect());
    this.status.set("disconnected", null, { nextAttemptAt: null });
  }
}

