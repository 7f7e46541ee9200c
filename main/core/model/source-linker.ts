/**
 * Alarm events pass through here on their way to the alarm book, so a condition whose
 * SourceNode is below an asset (not the asset or its tag) links to it from its first event: the
 * sources the index cannot place are browsed upwards first (source-ancestry.ts). Batches of one
 * endpoint stay in order; a batch with nothing to browse and nothing queued ahead of it goes
 * straight through. A slow server delays alarms by at most LINK_WAIT_MS: then they are shown
 * unlinked, and the browse still fills the cache for their next event.
 */
import type { ClientSession, Variant } from "node-opcua";
import type { EndpointId } from "../../../contract/api";
import { decodeConditionEvent } from "../alarms/alarm-events";
import { bounded } from "../connections/bounded-wait";
import type { AssetIndex } from "./asset-index";
import type { SourceAncestry } from "./source-ancestry";

const LINK_WAIT_MS = 5000;

export class SourceLinker {
  private readonly queues = new Map<EndpointId, Promise<void>>();

  constructor(
    private readonly index: AssetIndex,
    private readonly ancestry: SourceAncestry,
    private readonly sessionFor: (endpointId: EndpointId) => ClientSession | null,
    private readonly failed: (err: unknown) => void,
  ) {}

  deliver(endpointId: EndpointId, batch: Variant[][], apply: (batch: Variant[][]) => void): void {
    const unknown = new Set<string>();
    for (const fields of batch) {
      const source = decodeConditionEvent(fields).sourceNode;
      if (source && !this.index.knowsSource(endpointId, source)) unknown.add(source);
    }
    const ahead = this.queues.get(endpointId);
    if (!ahead && unknown.size === 0) return apply(batch);
    const next = (ahead ?? Promise.resolve())
      .then(async () => {
        const session = this.sessionFor(endpointId);
        if (session && unknown.size) await bounded(this.ancestry.resolve(endpointId, session, unknown).catch(this.failed), LINK_WAIT_MS);
      })
      .then(() => apply(batch))
      .catch(this.failed);
    this.queues.set(endpointId, next);
    void next.finally(() => {
      if (this.queues.get(endpointId) === next) this.queues.delete(endpointId);
    });
  }
}
