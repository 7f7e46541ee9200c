/**
 * An audited action's name in the window's language: the outbox's kinds, and the actions that
 * are not outbox kinds (sign-in and sign-out, settling a refused action). The history, audit,
 * handover and maintenance views and the audit sentences all name actions through here.
 */
import type { TFunction } from "i18next";
import { KIND_LABEL } from "../outbox/outboxText";
import { tk, type Key } from "./keys";

const OTHER_ACTIONS: Record<string, Key> = {
  "sign-in": tk("history.action.signIn"),
  "sign-out": tk("history.action.signOut"),
  discard: tk("history.action.discard"),
};

/** An audited action in the window's language; one we have no word for shows as recorded. */
export function actionName(action: string, t: TFunction): string {
  if (Object.hasOwn(KIND_LABEL, action)) return t(KIND_LABEL[action as keyof typeof KIND_LABEL]);
  return Object.hasOwn(OTHER_ACTIONS, action) ? t(OTHER_ACTIONS[action]!) : action;
}
