/**
 * Everything the core does with one endpoint's session: discover the assets, monitor their
 * values and the Server object's alarm events, refresh conditions after every (re)connect,
 * and replay the outbox once the server is reachable again.
 */
import {
  AttributeIds,
  ClientSubscription,
  TimestampsToReturn,
  type ClientSession,
  type OPCUACertificateManager,
  type Variant,
} from "node-opcua";
import type { EndpointId, EndpointStatus, TagValue } from "../../../contract/api";
import { alarmEventFilter } from "../alarms/alarm-events";
import { conditionRefresh } from "../alarms/condition-methods";
import { bounded } from "./bounded-wait";
import { EndpointConnection } from "./endpoint-connection";
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
}

const EVENT_BATCH_MS = 50;

export class EndpointRuntime {
  readonly connection: EndpointConnection;
  private subscription: ClientSubscription | null = null;
  private eventQueue: Variant[][] = [];
  private eventTimer: NodeJS.Timeout | null = null;

  constructor(
    readonly config: EndpointConfig & { url: string },
    pki: OPCUACertificateManager,
    private readonly hooks: RuntimeHooks,
  ) {
    this.connection = new EndpointConnection(config, pki, {
      onStatus: (status) => hooks.onStatus(status),
      onSession: (session) => this.setUp(session),
      onReconnected: (session) => this.refresh(session),
      onPersonRefused: (reason) => hooks.onPersonRefused?.(config.id, reason),
    });
  }

  start(): void {
    this.connection.start();
  }

  private async setUp(session: ClientSession): Promise<void> {
    const model = await discoverAssets(session, this.config.id);
    this.hooks.onModel(this.config.id, model);

    const subscription = ClientSubscription.create(session, {
      requestedPublishingInterval: 250,
      requestedLifetimeCount: 600,
      requestedMaxKeepAliveCount: 20,
      maxNotificationsPerPublish: 0,
      publishingEnabled: true,
      priority: 10,
    });
    this.subscription = subscription;
    await new Promise<void>((resolve, reject) => {
      subscription.once("started", () => resolve());
      subscription.once("internal_error", (err: Error) => reject(err));
    });

    const events = await subscription.monitor(
      { nodeId: "i=2253", attributeId: AttributeIds.EventNotifier },
      { samplingInterval: 0, queueSize: 100_000, discardOldest: false, filter: alarmEventFilter() },
      TimestampsToReturn.Neither,
    );
    events.on("changed", (fields: unknown) => this.queueEvent(fields as Variant[]));

    const tags = [...model.nodeIds].map(([tagId, nodeId]) => ({ tagId, nodeId }));
    await monitorValues(subscription, tags, (v) => this.hooks.onValue(v), this.config.samplingIntervalMs);
    await this.refresh(session);
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
      }, EVENT_BATCH_MS);
    }
  }

  private async refresh(session: ClientSession): Promise<void> {
    if (this.subscription) await conditionRefresh(session, this.subscription.subscriptionId);
    await this.hooks.onReady(this.config.id);
  }

  /**
   * Asks the server to resend every retained condition (ConditionRefresh on our event
   * subscription), so rows already shown are built again against a changed asset model.
   */
  async refreshConditions(): Promise<void> {
    const session = this.connection.getSession();
    if (session && this.subscription) await conditionRefresh(session, this.subscription.subscriptionId);
  }

  async stop(): Promise<void> {
    if (this.eventTimer) clearTimeout(this.eventTimer);
    if (this.subscription) await bounded(this.subscription.terminate());
    this.subscription = null;
    await this.connection.stop();
  }
}
