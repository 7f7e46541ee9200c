/**
 * What a person is told after asking for an alarm action. The answer is an outbox status:
 * done/sending = the server has it; pending = queued until the server is reachable (a toast
 * says it waits); conflict/failed = refused by the server, shown in words. A call the core
 * refuses outright (ContractError: not allowed, already shelved…) is worded by describeError.
 */
import type { TFunction } from "i18next";
import type { ActionResult } from "../../contract/api";
import { describeError } from "../i18n/describeError";
import { tk } from "../i18n/keys";
import type { AlarmAction } from "./alarmActions";

/** The action as a noun (the outbox's words), for "… waits" and "… was refused". */
export const ACTION_NOUN = {
  acknowledge: tk("outbox.kind.acknowledge"),
  confirm: tk("outbox.kind.confirm"),
  comment: tk("outbox.kind.comment"),
  shelve: tk("outbox.kind.shelve"),
  unshelve: tk("outbox.kind.unshelve"),
  disable: tk("outbox.kind.disable"),
  enable: tk("outbox.kind.enable"),
} as const satisfies Record<AlarmAction, string>;

export type Outcome = { kind: "taken" } | { kind: "queued"; message: string } | { kind: "refused"; message: string };

export function outcomeOf(action: AlarmAction, result: ActionResult, t: TFunction): Outcome {
  const noun = t(ACTION_NOUN[action]);
  if (result.status === "pending") return { kind: "queued", message: t("alarmActions.queued", { action: noun }) };
  if (result.status === "conflict") {
    const lead = t("alarmActions.conflict", { action: noun });
    return { kind: "refused", message: result.error ? t("error.withDetail", { lead, detail: result.error }) : lead };
  }
  if (result.status === "failed") return { kind: "refused", message: t("alarmActions.failed", { action: noun, message: result.error ?? t("error.unknown") }) };
  return { kind: "taken" };
}

/** A call the core refused before anything was queued. */
export function refusedCall(action: AlarmAction, error: unknown, t: TFunction): string {
  return t("alarmActions.refusedCall", { action: t(ACTION_NOUN[action]), message: describeError(error, t) });
}
