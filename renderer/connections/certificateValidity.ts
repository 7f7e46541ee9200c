/**
 * Whether a certificate is valid now, from its own dates (ISO 8601 from the core): the trust
 * dialog and the workstation's own certificate mark an expired or not-yet-valid one.
 */
import type { CertificateFacts } from "../../contract/api";

export type ValidityState = "valid" | "expired" | "not-yet-valid";

export function validityState(c: Pick<CertificateFacts, "validFrom" | "validTo">, now: number): ValidityState {
  const from = Date.parse(c.validFrom);
  const to = Date.parse(c.validTo);
  if (!Number.isNaN(to) && now > to) return "expired";
  if (!Number.isNaN(from) && now < from) return "not-yet-valid";
  return "valid";
}

