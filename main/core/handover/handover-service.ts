/**
 * The shift handover summary: one read of the store and the live alarm book for a shift of the
 * site's calendar. Read-only (any window may ask); the handover note is signed through the
 * action registry (handover-note-action.ts).
 */
import type { AlarmHistoryAuditRow, AlarmHistoryPage, AlarmKpis, AlarmState, FieldNote, MethodArgs } from "../../../contract/api";
import type { HandoverAlarm, HandoverNote, HandoverSummary, ShiftChoice, ShiftSpan } from "../../../contract/handover";
import type { KpiActivation, KpiEndState } from "../alarms/alarm-kpis";
import { shiftAt } from "./shift-calendar";
import { countByPriority, countByService, fromEndState, fromLive, isOpen, lastShelve, sortAlarms, toAction } from "./handover-summary";

/** Actions listed in a summary at most; a report of more is no longer read. */
export const MAX_ACTIONS = 500;
export const MAX_NOTES = 200;

export interface HandoverDeps {
  shiftStarts: readonly string[];
  timeZone: string;
  kpis(args: MethodArgs<"alarmKpis">): Promise<AlarmKpis>;
  search(args: MethodArgs<"searchAlarmHistory">): Promise<AlarmHistoryPage>;
  activations(range: { from: number; to: number }): Promise<KpiActivation[]>;
  endStates(range: { to: number }): Promise<KpiEndState[]>;
  liveAlarms(): AlarmState[];
  serviceOf(alarm: AlarmState): string | null;
  notesBetween(range: { from: number; to: number; limit: number }): Promise<FieldNote[]>;
  handoverNotes(shiftFrom: number): Promise<HandoverNote[]>;
  now?: () => number;
}

export class HandoverService {
  private readonly now: () => number;

  constructor(private readonly deps: HandoverDeps) {
    this.now = deps.now ?? Date.now;
  }

  shift(which: ShiftChoice, at = this.now()): ShiftSpan {
    return shiftAt(this.deps.shiftStarts, this.deps.timeZone, at, which);
  }

  async summary({ shift: which }: MethodArgs<"handoverSummary">): Promise<HandoverSummary> {
    const d = this.deps;
    const generatedAt = this.now();
    const shift = this.shift(which, generatedAt);
    // A shift still on is summarised up to now; the handover moment is now.
    const to = Math.min(shift.to, generatedAt);
    const range = { from: shift.from, to };
    const before = shiftAt(d.shiftStarts, d.timeZone, shift.from - 1, "current");
    const [kpis, activations, audit, notes, handoverNotes, received, standing] = await Promise.all([
      d.kpis(range),
      d.activations(range),
      d.search({ ...range, kinds: ["audit"], limit: MAX_ACTIONS + 1 }),
      d.notesBetween({ ...range, limit: MAX_NOTES }),
      d.handoverNotes(shift.from),
      d.handoverNotes(before.from),
      which === "current" ? this.liveStanding() : this.standingAt(to),
    ]);
    const actionRows = audit.rows.filter((r): r is AlarmHistoryAuditRow => r.kind === "audit");
    return {
      shift,
      timeZone: d.timeZone,
      generatedAt,
      byPriority: countByPriority(activations),
      byService: countByService(activations),
      kpis,
      actions: actionRows.slice(0, MAX_ACTIONS).map(toAction),
      actionsMore: actionRows.length > MAX_ACTIONS,
      openAlarms: standing.filter((a) => !a.shelved),
      shelvedAlarms: standing.filter((a) => a.shelved),
      notes,
      handoverNotes,
      receivedNote: received[0] ?? null,
    };
  }

  /** The live book: what the incoming shift takes over if the handover is now. */
  private async liveStanding(): Promise<HandoverAlarm[]> {
    const live = this.deps.liveAlarms().filter((a) => isOpen(a) || (a.shelved && a.enabled));
    const out = await Promise.all(live.map(async (a) => fromLive(a, this.deps.serviceOf(a), a.shelved ? await this.shelveOf(a.id, this.now()) : null)));
    return sortAlarms(out);
  }

  /** A past shift: each condition's last journaled state at its end (active or shelved then). */
  private async standingAt(to: number): Promise<HandoverAlarm[]> {
    const ends = (await this.deps.endStates({ to })).filter((s) => s.enabled);
    const out = await Promise.all(
      ends.map(async (s) => {
        const [states, shelve] = await Promise.all([
          this.deps.search({ from: 0, to, alarmId: s.alarmId, kinds: ["alarm"], limit: 1 }),
          s.shelved ? this.shelveOf(s.alarmId, to) : Promise.resolve(null),
        ]);
        const last = states.rows[0];
        const label = last?.kind === "alarm" ? { message: last.message, acked: last.acked } : { message: "", acked: true };
        return fromEndState(s, label, shelve);
      }),
    );
    return sortAlarms(out);
  }

  private async shelveOf(alarmId: AlarmState["id"], to: number) {
    const page = await this.deps.search({ from: 0, to, alarmId, kinds: ["audit"], limit: 20 });
    return lastShelve(page.rows.filter((r): r is AlarmHistoryAuditRow => r.kind === "audit"));
  }
}
