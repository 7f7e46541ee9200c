/**
 * The keep-alive period: how often a server with a subscription must answer even when nothing
 * changed. The site config asks for it per endpoint; the server may revise it, so the period
 * watched is read back from the subscriptions the session really has.
 */
import type { ClientSession } from "node-opcua";

/** 20 publishing intervals of 250 ms: what every endpoint asked for before it was configurable. */
export const DEFAULT_KEEP_ALIVE_MS = 5000;

/** The MaxKeepAliveCount to request so that count × publishing interval is the configured period. */
export function keepAliveCount(config: { keepAliveMs?: number }, publishingIntervalMs: number): number {
  return Math.max(1, Math.ceil((config.keepAliveMs ?? DEFAULT_KEEP_ALIVE_MS) / publishingIntervalMs));
}

interface PublishTiming {
  publishingInterval: number;
  maxKeepAliveCount: number;
}

/** The parts of node-opcua's ClientSessionImpl read here (its publish engine is not on the ClientSession interface). */
interface WithPublishEngine {
  getPublishEngine?(): { subscriptionMap: Record<number, PublishTiming> };
}

/**
 * The shortest keep-alive period among the session's subscriptions, as the server revised them,
 * or null while it has none. The server answers at least that often: each answer carries a new
 * publish request, so one stays queued for the subscription that is due first.
 */
export function promisedKeepAliveMs(session: ClientSession): number | null {
  const engine = (session as unknown as WithPublishEngine).getPublishEngine?.();
  let shortest: number | null = null;
  for (const s of Object.values(engine?.subscriptionMap ?? {})) {
    const period = s.publishingInterval * s.maxKeepAliveCount;
    if (period > 0 && (shortest === null || period < shortest)) shortest = period;
  }
  return shortest;
}
