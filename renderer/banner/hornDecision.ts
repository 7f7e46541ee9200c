/**
 * Which horn sounds now: a pure decision, so the audio part only follows it.
 *
 * The horn sounds for an unacknowledged alarm in the operator's view that this window has not
 * been silenced for: silencing quiets every unacknowledged alarm the window knows at that moment
 * (each by its current activation), and a newer activation, of another alarm or the same one,
 * sounds again. Knowing them by arrival rather than by comparing the server's timestamps with
 * the workstation's clock keeps a server whose clock runs behind from hiding a new alarm, or one
 * whose clock runs ahead from sounding again for an alarm already silenced.
 */
import type { AlarmState, Priority } from "../../contract/api";
import { PRIORITIES } from "../alarms/priority";
import type { RoomState } from "../state/roomState";
import { isAnnunciated, unackedSince } from "./mostUrgent";

/** What the horn does: the priority it sounds for, or why it is quiet. */
export type HornDemand = Priority | "silenced" | "quiet";
/** As shown on the window (data-horn): "off" when this window's horn is turned off. */
export type HornState = HornDemand | "off";

export interface Silence {
  /** When it was silenced, ms since epoch (0: never). */
  at: number;
  /** Activations heard when it was silenced (activationKey). */
  heard: ReadonlySet<string>;
}

export const NEVER_SILENCED: Silence = { at: 0, heard: new Set() };

export interface HornOptions {
  /** Low-priority alarms sound too (ISA-18.2 practice leaves them silent). */
  soundLow: boolean;
}

/** One activation of one alarm: the same alarm raised again is another one. */
export function activationKey(a: AlarmState): string {
  return `${a.id}@${unackedSince(a)}`;
}

function wantsAttention(a: AlarmState): boolean {
  return !a.acked && isAnnunciated(a);
}

/** The silence that silencing at `at` makes: every unacknowledged activation known now. */
export function silenceNow(alarms: Iterable<AlarmState>, at: number): Silence {
  const heard = new Set<string>();
  for (const a of alarms) if (wantsAttention(a)) heard.add(activationKey(a));
  return { at, heard };
}

export function hornDemand(alarms: Iterable<AlarmState>, silence: Silence, options: HornOptions): HornDemand {
  let loudest: Priority | null = null;
  let silenced = false;
  for (const a of alarms) {
    if (!wantsAttention(a)) continue;
    if (a.priority === "low" && !options.soundLow) continue;
    if (silence.heard.has(activationKey(a))) {
      silenced = true;
      continue;
    }
    if (loudest === null || PRIORITIES.indexOf(a.priority) < PRIORITIES.indexOf(loudest)) loudest = a.priority;
  }
  return loudest ?? (silenced ? "silenced" : "quiet");
}

export function hornState(demand: HornDemand, hornOn: boolean): HornState {
  return hornOn ? demand : "off";
}

/**
 * Follows the room state and takes the silence from the state in which hornSilencedAt changed:
 * silenceHorn(store), from the banner's button or the alarm list's key, silences what the window
 * knows at that moment. Call it with every state the store goes through (a selector does).
 */
export function createSilenceTracker(): (s: RoomState) => Silence {
  let at = 0;
  let silence = NEVER_SILENCED;
  return (s) => {
    if (s.hornSilencedAt !== at) {
      at = s.hornSilencedAt;
      silence = at === 0 ? NEVER_SILENCED : silenceNow(s.alarms.values(), at);
    }
    return silence;
  };
}
