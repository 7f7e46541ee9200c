/**
 * After a change to the engineered model, alarms already shown must relink to their assets: the
 * server resends its conditions (ConditionRefresh). A tag-list import saves asset after asset, and
 * a server refuses a second refresh while the first runs, so saves close together share one.
 */
import type { EndpointId } from "../../../contract/api";

export function debounceRelink(refresh: (id: EndpointId) => Promise<void>, failed: (id: EndpointId, err: unknown) => void, delayMs: number): (id: EndpointId) => void {
  const timers = new Map<EndpointId, NodeJS.Timeout>();
  return (id) => {
    clearTimeout(timers.get(id));
    const timer = setTimeout(() => {
      timers.delete(id);
      void refresh(id).catch((err: unknown) => failed(id, err));
    }, delayMs);
    timer.unref();
    timers.set(id, timer);
  };
}
