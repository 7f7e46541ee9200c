/**
 * Who is offered the Audit view: supervisors and engineers, as the site's roles name them.
 * Reading the trail changes nothing and the core answers any window; this keeps an operator's
 * view switch short, not a secret.
 */
import type { SessionInfo } from "../../contract/api";

const AUDIT_ROLES: readonly string[] = ["supervisor", "engineer"];

export function mayOpenAudit(session: SessionInfo | null): boolean {
  return AUDIT_ROLES.includes(session?.person?.role ?? "");
}
