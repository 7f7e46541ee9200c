/**
 * Everything the core does with one endpoint's session: discover the assets, monitor their
 * values and the Server object's alarm events, refresh conditions after every (re)connect
 * (the status says "refreshing" until the server's RefreshEndEvent is handed on), and replay
 * the outbox once the server is reachable again. An endpoint with a redundant server set
 * (site config `redundantUrls`) moves its session to the server its RedundantSet chooses:
 * a new session there, the monitored items made again, ConditionRefresh; the alarm rows and
 * the values' last state stay meanwhile (same endpoint, same condition ids).
 */
import {
  AttributeIds,
  ClientSubscription,
  TimestampsToReturn,
  type ClientSession,
  type OPCUACertificateManager,
  type Variant,
} from "node-opcua";
import type { EndpointId, EndpointStatus, SwitchoverReason, TagValue } from "../../../contract/api";
import { alarmEventFilter, decodeConditionEvent } from "../alarms/alarm-events";
import { conditionRefresh } from "../alarms/condition-methods";
import { bounded } from "./bounded-wait";
import { EndpointConnection, type PersonCredentials } from "./endpoint-connection";
import { PresentedStatus } from "./endpoint-status";
import { keepAliveCount } from "./keep-alive";
import { RedundantSet } from "./redundancy/redundant-set";
import { monitorValues } from "../values/value-monitor";
import { discoverAssets, type DiscoveredModel } from "../model/asset-discovery";
import type { EndpointConfig } from "../sites/site-config";

export interface RuntimeHooks {
  onStatus(status: EndpointStatus): void;
  onModel(endpointId: EndpointId, model: DiscoveredModel): void;
  onValue(value: TagValue): void;
  onAlarmEvents(endpointId: EndpointId, fields: Variant[][]): void;
  /** Session usable for actions again: the caller replays its outbox. */
  onReady(endpointId: EndpointId): Promise<void>;
  /** The signed-in person's identity was refused by this endpoint's server. */
  onPersonRefused?(endpointId: EndpointId, reason: string): void;
  /** The endpoint moved to another server of its redundant set. */
  onSwitchover?(endpointId: EndpointId, from: string, to: string, reason: SwitchoverReason): void;
}

const EVENT_BATCH_MS = 50;
/** A server that never sends RefreshEndEvent: the refresh counts as ended this long after the call returned. */
const REFRESH_END_WAIT_MS = 10_000;

export class EndpointRuntime {
  private current: EndpointConnection;
  private subscription: ClientSubscription | null = null;
  private eventQueue: Variant[][] = [];
  private eventTimer: NodeJS.Timeout | null = null;
  /** Connected but the ConditionRefresh has not ended yet (or not begun: true until the first). */
  private refreshing = true;
  /** Called when a batch with the RefreshEndEvent was handed on. */
  private refreshEnded: (() => void) | null = null;
  private person: PersonCredentials | null = null;
  private readonly status: PresentedStatus;
  private readonly redundancy: RedundantSet | null;
  private stopped = false;

  constructor(
    readonly config: EndpointConfig & { url: string },
    private readonly pki: OPCUACertificateManager,
    private readonly hooks: RuntimeHooks,
  ) {
    this.status = new PresentedStatus((s) => hooks.onStatus(s));
    this.current = this.connect(config.url);
    const partners = config.redundantUrls ?? [];
    this.redundancy = partners.length
      ? new RedundantSet([config.url, ...partners], config, pki, {
          activeDown: () => ["disconnected", "error"].includes(this.current.getStatus().state),
          switchTo: (url, reason) => void this.switchTo(url, reason),
          changed: () => this.publish(),
        })
      : null;
  }

  /** The connection to the server in use (it changes at a switchover). */
  get connection(): EndpointConnection {
    return this.current;
  }

  getStatus(): EndpointStatus {
    return this.status.get() ?? this.publish();
  }

  start(): void {
    if (!this.redundancy) return this.current.start();
    void this.redundancy.start().then((url) => {
      if (this.stopped) return;
      if (url !== this.current.config.url) this.current = this.connect(url);
      void this.current.changeUser(this.person).then(() => this.current.start());
    });
  }

  private connect(url: string): EndpointConnection {
    const connection: EndpointConnection = new EndpointConnection({ ...this.config, url }, this.pki, {
      onStatus: (status) => {
        if (connection !== this.current) return;
        if (status.state !== "connected") this.refreshing = true;
        this.publish();
        // The active session went down: a partner may take over now rather than at the next probe round.
        if (status.state === "disconnected" || status.state === "error") this.redundancy?.evaluate();
      },
      onSession: (session) => this.setUp(connection, session),
      onReconnected: (session) => this.refresh(connection, session),
      onPersonRefused: (reason) => this.hooks.onPersonRefused?.(this.config.id, reason),
    });
    return connection;
  }

  private publish(): EndpointStatus {
    return this.status.present(this.current.getStatus(), { refreshing: this.refreshing, redundancy: this.redundancy?.view() });
  }

  /** Moves the session to another server of the set; the old one is closed behind it. */
  private async switchTo(url: string, reason: SwitchoverReason): Promise<void> {
    if (this.stopped) return;
    const old = this.current;
    const from = old.config.url;
    const subscription = this.subscription;
    this.subscription = null;
    this.refreshing = true;
    this.refreshEnded = null;
    this.current = this.connect(url);
    this.hooks.onSwitchover?.(this.config.id, from, url, reason);
    await this.current.changeUser(this.person);
    this.current.start();
    this.publish();
    if (subscription) await bounded(subscription.terminate());
    await old.stop();
  }

  private async setUp(connection: EndpointConnection, session: ClientSession): Promise<void> {
    const model = await discoverAssets(session, this.config.id);
    if (connection !== this.current) return;
    this.hooks.onModel(this.config.id, model);

    const publishingInterval = this.config.publishingIntervalMs ?? 250;
    const subscription = ClientSubscription.create(session, {
      requestedPublishingInterval: publishingInterval,
      requestedLifetimeCount: 600,
      requestedMaxKeepAliveCount: keepAliveCount(this.config, publishingInterval),
      maxNotificationsPerPublish: 0,
      publishingEnabled: true,
      priority: 10,
    });
    await new Promise<void>((resolve, reject) => {
      subscription.once("started", () => resolve());
      subscription.once("internal_error", (err: Error) => reject(err));
    });
    if (connection !== this.current) return void (await bounded(subscription.terminate()));
    this.subscription = subscription;

    const events = await subscription.monitor(
      { nodeId: "i=2253", attributeId: AttributeIds.EventNotifier },
      { samplingInterval: 0, queueSize: 100_000, discardOldest: false, filter: alarmEventFilter() },
      TimestampsToReturn.Neither,
    );
    events.on("changed", (fields: unknown) => {
      if (this.subscription === subscription) this.queueEvent(fields as Variant[]);
    });

    const tags = [...model.nodeIds].map(([tagId, nodeId]) => ({ tagId, nodeId }));
    await monitorValues(
      subscription,
      tags,
      (v) => {
        if (this.subscription === subscription) this.hooks.onValue(v);
      },
      this.config.samplingIntervalMs,
    );
    await this.refresh(connection, session);
  }

  /** Alarm floods arrive as hundreds of events: hand them on in batches, in order. */
  private queueEvent(fields: Variant[]): void {
    this.eventQueue.push(fields);
    if (!this.eventTimer) {
      this.eventTimer = setTimeout(() => {
        this.eventTimer = null;
        const batch = this.eventQueue;
        this.eventQueue = [];
        this.hooks.onAlarmEvents(this.config.id, batch);
        const ended = this.refreshEnded;
        if (ended && batch.some((f) => decodeConditionEvent(f).kind === "refreshEnd")) ended();
      }, EVENT_BATCH_MS);
    }
  }

  /** ConditionRefresh on our event subscription; "refreshing" until its RefreshEndEvent is handed on. */
  private async refresh(connection: EndpointConnection, session: ClientSession): Promise<void> {
    if (connection !== this.current) return;
    const subscription = this.subscription;
    if (subscription) {
      this.refreshing = true;
      this.publish();
      let timer: NodeJS.Timeout | undefined;
      const ended = new Promise<void>((resolve) => {
        this.refreshEnded = resolve;
      });
      await conditionRefresh(session, subscription.subscriptionId);
      await Promise.race([ended, new Promise<void>((r) => (timer = setTimeout(r, REFRESH_END_WAIT_MS)))]);
      clearTimeout(timer);
      if (connection !== this.current || this.subscription !== subscription) return;
      this.refreshEnded = null;
    }
    this.refreshing = false;
    this.publish();
    await this.hooks.onReady(this.config.id);
  }

  /**
   * Asks the server to resend every retained condition (ConditionRefresh on our event
   * subscription), so rows already shown are built again against a changed asset model.
   */
  async refreshConditions(): Promise<void> {
    const session = this.current.getSession();
    if (session && this.subscription) await conditionRefresh(session, this.subscription.subscriptionId);
  }

  /** The person every session of this endpoint acts as (null: the station); kept for the next server too. */
  async changeUser(person: PersonCredentials | null): Promise<{ refused: string | null; live: boolean }> {
    const result = await this.current.changeUser(person);
    if (!result.refused) this.person = person;
    return result;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.eventTimer) clearTimeout(this.eventTimer);
    if (this.subscription) await bounded(this.subscription.terminate());
    this.subscription = null;
    await Promise.all([this.current.stop(), this.redundancy?.stop()]);
  }
}
