/**
 * Watches one server of a redundant set on a small session of its own: ServiceLevel (i=2267)
 * every period, and once per session what the server says of itself and its set
 * (ApplicationUri, ServerRedundancy.RedundancySupport and ServerUriArray where present). A server
 * that cannot be reached or read in time reads as level null; the probe keeps trying.
 */
import {
  AttributeIds,
  OPCUAClient,
  type ClientSession,
  type OPCUACertificateManager,
  type UserIdentityInfo,
} from "node-opcua";
import type { EndpointConfig } from "../../sites/site-config";
import { bounded } from "../bounded-wait";
import { userIdentity, workstationClient } from "../workstation-client";

const SERVICE_LEVEL = "i=2267";
const SERVER_ARRAY = "i=2254";
const REDUNDANCY_SUPPORT = "i=3709";
const SERVER_URI_ARRAY = "i=11314";
/** Part 4 RedundancySupport, by value. */
const SUPPORT_NAMES = ["None", "Cold", "Warm", "Hot", "Transparent", "HotAndMirrored"];

const OPEN_WAIT_MS = 10_000;
const READ_WAIT_MS = 3000;
/** A busy server may miss one round; the level reads as lost after this many failed rounds in a row. */
const FAILED_ROUNDS_TO_LOSE = 2;

export interface ProbeReading {
  /** null: not reachable, or the level could not be read. */
  level: number | null;
  applicationUri: string | null;
  support: string | null;
  /** The set as this server names it (ServerUriArray), null where it does not. */
  serverUris: string[] | null;
}

type ProbeConfig = Pick<EndpointConfig, "id" | "securityMode" | "securityPolicy" | "credentials">;

function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

function strings(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((v) => typeof v === "string") ? (value as string[]) : null;
}

export class ServiceLevelProbe {
  reading: ProbeReading = { level: null, applicationUri: null, support: null, serverUris: null };
  private client: OPCUAClient | null = null;
  private session: ClientSession | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private failedInARow = 0;

  constructor(
    readonly url: string,
    private readonly config: ProbeConfig,
    private readonly pki: OPCUACertificateManager,
    private readonly onReading: () => void,
    private readonly periodMs = 1000,
  ) {}

  /** The server was read, or counts as lost: a first choice may rely on this probe. */
  get settled(): boolean {
    return this.reading.level !== null || this.failedInARow >= FAILED_ROUNDS_TO_LOSE;
  }

  start(): void {
    void this.round();
  }

  /**
   * The endpoint left this server as lost (its own session dropped): its last level is not shown
   * as if it still held; the probe's next good read puts a level back.
   */
  markLost(): void {
    this.reading = { ...this.reading, level: null };
  }

  private identity(): UserIdentityInfo {
    return userIdentity(this.config.credentials);
  }

  private async open(): Promise<ClientSession> {
    const client = workstationClient(this.config, this.pki, {
      keepSessionAlive: false,
      requestedSessionTimeout: 20_000,
      // The probe retries by its own rounds; node-opcua's reconnection would hold reads back.
      connectionStrategy: { maxRetry: 0, initialDelay: 500, maxDelay: 1000 },
    });
    this.client = client;
    await client.connect(this.url);
    const session = await client.createSession(this.identity());
    this.session = session;
    const about = await session.read([SERVER_ARRAY, REDUNDANCY_SUPPORT, SERVER_URI_ARRAY].map((nodeId) => ({ nodeId, attributeId: AttributeIds.Value })));
    const good = (i: number) => (about[i]?.statusCode.isGood() ? (about[i]!.value.value as unknown) : null);
    const support = good(1);
    this.reading = {
      ...this.reading,
      applicationUri: strings(good(0))?.[0] ?? null,
      support: typeof support === "number" ? (SUPPORT_NAMES[support] ?? String(support)) : null,
      serverUris: strings(good(2)),
    };
    return session;
  }

  private async level(): Promise<number> {
    const session = this.session ?? (await within(this.open(), OPEN_WAIT_MS, `connect to ${this.url}`));
    const value = await within(session.read({ nodeId: SERVICE_LEVEL, attributeId: AttributeIds.Value }), READ_WAIT_MS, `ServiceLevel of ${this.url}`);
    if (!value.statusCode.isGood() || typeof value.value.value !== "number") throw new Error(`ServiceLevel of ${this.url}: ${value.statusCode.name}`);
    return value.value.value;
  }

  private async round(): Promise<void> {
    if (this.stopped) return;
    let level: number | null = this.reading.level;
    try {
      level = await this.level();
      this.failedInARow = 0;
    } catch {
      await this.close();
      // One miss may be a busy server; two in a row (about two periods) and it counts as lost.
      if (++this.failedInARow >= FAILED_ROUNDS_TO_LOSE) level = null;
    }
    if (this.stopped) return;
    this.reading = { ...this.reading, level };
    this.onReading();
    this.timer = setTimeout(() => void this.round(), this.periodMs);
  }

  private async close(): Promise<void> {
    const { client, session } = this;
    this.client = null;
    this.session = null;
    if (session) await bounded(session.close(), 1000);
    if (client) await bounded(client.disconnect(), 1000);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.close();
  }
}
