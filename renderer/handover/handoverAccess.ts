/**
 * Who is offered the handover screen: a person whose role may sign the handover note (the
 * site's `handover` permission: supervisors and engineers by default). The summary itself is no
 * secret (the core answers any window); this keeps an operator's view switch short.
 */
import type { SessionInfo } from "../../contract/api";

export function mayOpenHandover(session: SessionInfo | null): boolean {
  return session?.may.handover ?? false;
}
