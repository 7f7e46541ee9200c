/**
 * What a person is told after entering a station password: kept (the endpoint tries at once), or
 * not, with the core's or the desktop app's reason (no key store, say); a call the core refused
 * outright (not permitted) is worded by describeError.
 */
import type { TFunction } from "i18next";
import type { ActionResult } from "../../contract/api";
import { describeError } from "../i18n/describeError";

export interface KeptOutcome {
  ok: boolean;
  message: string;
}

export function keptPasswordOutcome(result: ActionResult, t: TFunction): KeptOutcome {
  if (result.status === "done") return { ok: true, message: t("connections.kept.saved") };
  return { ok: false, message: t("connections.kept.failed", { message: result.error ?? t("error.unknown") }) };
}

export function refusedPassword(error: unknown, t: TFunction): KeptOutcome {
  return { ok: false, message: t("connections.kept.refused", { message: describeError(error, t) }) };
}
