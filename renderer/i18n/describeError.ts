/**
 * A failed call as a person reads it: a sentence in their language for the error codes the
 * core and the bridge use, followed by what the core said (its text is server text).
 */
import type { TFunction } from "i18next";
import { ContractError } from "../../contract/client";
import { TOKEN_REFUSED } from "../bridge";
import { messageOf } from "../state/errorMessage";
import { tk, type Key } from "./keys";

export { TOKEN_REFUSED };

const LEADS: Record<string, Key> = {
  forbidden: tk("error.forbidden"),
  "not-found": tk("error.not-found"),
  "bad-request": tk("error.bad-request"),
  internal: tk("error.internal"),
  unavailable: tk("error.unavailable"),
  "transport-closed": tk("error.transport-closed"),
  [TOKEN_REFUSED]: tk("error.token-refused"),
};

export function errorCode(e: unknown): string | null {
  if (e instanceof ContractError) return e.code;
  if (typeof e === "object" && e !== null && "code" in e && typeof (e as { code: unknown }).code === "string") {
    return (e as { code: string }).code;
  }
  return null;
}

/** Sentences for codes in one context (e.g. sign-in, where "forbidden" means a refused password). */
export type ErrorLeads = Readonly<Record<string, Key>>;

/** The sentence for an error code we know, or null; `own` words codes the way one context needs. */
export function errorLead(code: string | null, own: ErrorLeads = {}): Key | null {
  if (code && Object.hasOwn(own, code)) return own[code]!;
  return code && Object.hasOwn(LEADS, code) ? LEADS[code]! : null;
}

export function describeError(e: unknown, t: TFunction, own?: ErrorLeads): string {
  const detail = messageOf(e);
  const lead = errorLead(errorCode(e), own);
  if (!lead) return detail || t("error.unknown");
  return detail ? t("error.withDetail", { lead: t(lead), detail }) : t(lead);
}
