/**
 * What a person is told after a certificate decision (trust, reject, renew). These are actions
 * of the outbox, done at once on the workstation: done is said in words, a failure with the
 * core's reason; a call the core refused outright (not permitted, already trusted) is worded by
 * describeError.
 */
import type { TFunction } from "i18next";
import type { ActionResult } from "../../contract/api";
import { describeError } from "../i18n/describeError";
import { tk } from "../i18n/keys";

export type CertificateDecision = "trust" | "reject" | "renew";

const DONE = {
  trust: tk("connections.trust.trusted"),
  reject: tk("connections.trust.rejected"),
  renew: tk("connections.own.renewed"),
} as const satisfies Record<CertificateDecision, string>;

export interface CertificateOutcome {
  ok: boolean;
  message: string;
}

export function certificateOutcome(decision: CertificateDecision, result: ActionResult, t: TFunction): CertificateOutcome {
  if (result.status === "done" || result.status === "sending") return { ok: true, message: t(DONE[decision]) };
  return { ok: false, message: t("connections.trust.failed", { message: result.error ?? t("error.unknown") }) };
}

export function refusedDecision(error: unknown, t: TFunction): CertificateOutcome {
  return { ok: false, message: t("connections.trust.refused", { message: describeError(error, t) }) };
}
