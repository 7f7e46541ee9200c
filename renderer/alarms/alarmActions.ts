/**
 * Which actions a row offers: what the signed-in person's role may do (SessionInfo.may) on the
 * alarm's current state. The core checks again on every call; this only keeps a person from
 * being offered what would be refused. Pure, so the rules are unit-tested.
 */
import type { AlarmState, SessionInfo } from "../../contract/api";
import { tk } from "../i18n/keys";
import type { ShelveChoice } from "../state/session";

export const ALARM_ACTIONS = ["acknowledge", "confirm", "comment", "shelve", "unshelve", "disable", "enable"] as const;
export type AlarmAction = (typeof ALARM_ACTIONS)[number];

export type May = SessionInfo["may"];

export interface OfferContext {
  /** An acknowledge of this alarm is already sent or queued: do not offer another. */
  ackUnderWay?: boolean;
}

/** The actions a person with `may` is offered on `alarm`, in menu order. */
export function offeredActions(alarm: AlarmState, may: May, context: OfferContext = {}): AlarmAction[] {
  const out: AlarmAction[] = [];
  if (may.acknowledge && !alarm.acked && !context.ackUnderWay) out.push("acknowledge");
  // Part 9 Confirm exists only where the server has ConfirmedState (confirmed !== null).
  if (may.confirm && alarm.acked && alarm.confirmed === false) out.push("confirm");
  if (may.comment) out.push("comment");
  if (may.shelve && alarm.enabled) out.push(alarm.shelved ? "unshelve" : "shelve");
  if (may.enable) out.push(alarm.enabled ? "disable" : "enable");
  return out;
}

/** Menu texts; "…" where a dialog follows. */
export const ACTION_LABEL = {
  acknowledge: tk("alarmActions.acknowledge"),
  confirm: tk("alarmActions.confirm"),
  comment: tk("alarmActions.comment"),
  shelve: tk("alarmActions.shelve"),
  unshelve: tk("alarmActions.unshelve"),
  disable: tk("alarmActions.disable"),
  enable: tk("alarmActions.enable"),
} as const satisfies Record<AlarmAction, string>;

/**
 * Timed shelving choices a person picks from, in minutes: a minute or five to look at a
 * chattering point in the field, up to a shift.
 */
export const SHELVE_MINUTES = [1, 5, 15, 60, 240, 480] as const;
/** Preselected: long enough for a crew to get there, short enough to come back in the same hour. */
export const DEFAULT_SHELVE_MINUTES = 15;

/** The shelve dialog's radio value for "until it returns to normal"; the others are minutes. */
export const ONE_SHOT = "one-shot";

/** The radio value ("one-shot" or minutes) as the contract's choice. */
export function shelveChoice(value: string): ShelveChoice {
  return value === ONE_SHOT ? { kind: "one-shot" } : { kind: "timed", durationMs: Number(value) * 60_000 };
}
