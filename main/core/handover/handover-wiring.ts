/**
 * How the composition root builds the handover's parts from the site, the store and the live
 * services, so control-room.ts gains one line per part.
 */
import type { SiteConfig } from "../sites/site-config";
import type { Store } from "../store/store";
import type { AlarmService } from "../alarms/alarm-service";
import type { ModelService } from "../model/model-service";
import { AlarmHistoryService } from "../alarms/alarm-history";
import { HandoverService } from "./handover-service";
import type { HandoverNoteDeps } from "./handover-note-action";
import { knownShift } from "./shift-calendar";
import { shiftLabel } from "./shift-label";

/** `now` only for tests that put the workstation's clock in a later shift. */
export function handoverService(site: SiteConfig, store: Store, alarms: Pick<AlarmService, "list">, model: Pick<ModelService, "list">, now?: () => number): HandoverService {
  const history = new AlarmHistoryService(store.history);
  return new HandoverService({
    shiftStarts: site.shifts,
    timeZone: site.timeZone,
    kpis: (args) => history.kpis(args),
    search: (args) => history.search(args),
    activations: (range) => store.history.activations(range),
    endStates: (range) => store.history.endStates(range),
    liveAlarms: () => alarms.list(),
    serviceOf: (alarm) => (alarm.assetId ? (model.list().find((a) => a.id === alarm.assetId)?.service ?? null) : null),
    notesBetween: (range) => store.notes.between(range),
    handoverNotes: (shiftFrom) => store.handover.forShift(shiftFrom),
    now,
  });
}

export function handoverNoteDeps(site: SiteConfig, store: Store): HandoverNoteDeps {
  return {
    repo: store.handover,
    shiftStarting: (from) => knownShift(site.shifts, site.timeZone, Date.now(), from),
    describe: (span) => shiftLabel(span, site.timeZone),
  };
}
