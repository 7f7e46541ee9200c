/**
 * Live values for engineered tags. Discovery's subscription is made once per session for what
 * discovery found; engineered tags change while the session lives (an engineer saves an asset),
 * so they get a subscription of their own per endpoint, remade after each change to the model
 * and on each new session. Their values go into the same tag cache as discovered ones.
 */
import { ClientSubscription, type ClientSession } from "node-opcua";
import type { EndpointId, TagId, TagValue } from "../../../contract/api";
import { bounded } from "../connections/bounded-wait";
import { monitorValues } from "../values/value-monitor";

export interface EngineeredValueDeps {
  sessionFor(endpointId: EndpointId): ClientSession | null;
  /** The endpoint's engineered tags now. */
  tagsOf(endpointId: EndpointId): { tagId: TagId; nodeId: string }[];
  onValue(value: TagValue): void;
  samplingIntervalMs(endpointId: EndpointId): number;
  failed(endpointId: EndpointId, err: unknown): void;
}

export class EngineeredValues {
  private readonly subscriptions = new Map<EndpointId, ClientSubscription>();
  private readonly queue = new Map<EndpointId, Promise<void>>();
  private stopped = false;

  constructor(private readonly deps: EngineeredValueDeps) {}

  /** Monitors the endpoint's engineered tags as they are now; calls run one after another per endpoint. */
  sync(endpointId: EndpointId): Promise<void> {
    const next = (this.queue.get(endpointId) ?? Promise.resolve())
      .then(() => this.resync(endpointId))
      .catch((err: unknown) => this.deps.failed(endpointId, err));
    this.queue.set(endpointId, next);
    return next;
  }

  private async resync(endpointId: EndpointId): Promise<void> {
    const old = this.subscriptions.get(endpointId);
    this.subscriptions.delete(endpointId);
    if (old) await bounded(old.terminate());
    const session = this.deps.sessionFor(endpointId);
    const tags = this.deps.tagsOf(endpointId);
    if (this.stopped || !session || tags.length === 0) return;
    const subscription = ClientSubscription.create(session, {
      requestedPublishingInterval: 250,
      requestedLifetimeCount: 600,
      requestedMaxKeepAliveCount: 20,
      maxNotificationsPerPublish: 0,
      publishingEnabled: true,
      priority: 10,
    });
    this.subscriptions.set(endpointId, subscription);
    await new Promise<void>((resolve, reject) => {
      subscription.once("started", () => resolve());
      subscription.once("internal_error", (err: Error) => reject(err));
    });
    await monitorValues(subscription, tags, (v) => this.deps.onValue(v), this.deps.samplingIntervalMs(endpointId));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all([...this.queue.values()]);
    await Promise.all([...this.subscriptions.values()].map((s) => bounded(s.terminate())));
    this.subscriptions.clear();
  }
}
