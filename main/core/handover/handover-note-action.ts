/**
 * Signing a shift's handover note, as a registry entry: the `handover` permission (checked by
 * the action service like every action), an outbox row and its audit row first (the audit
 * detail carries the whole text), then the note is kept for the incoming shift. It is the
 * workstation's own record, not a server's, so it is local and works offline.
 */
import { z } from "zod";
import { WORKSTATION_ENDPOINT } from "../../../contract/api";
import type { ShiftSpan } from "../../../contract/handover";
import type { Person } from "../store/outbox-repository";
import type { HandoverRepository } from "../store/handover-repository";
import { CoreError } from "../rpc/core-error";
import type { LocalActionDefinition, PreparedAction } from "../actions/registry";
import { wordedDetail } from "../audit/worded-detail";

/** The request: the window's arguments, and the person signing (the core's, never the window's). */
export interface SignHandoverRequest {
  shiftFrom: number;
  text: string;
  signer: Person;
}

const payload = z.object({
  shiftFrom: z.number().int(),
  shiftTo: z.number().int(),
  label: z.string(),
  text: z.string().min(1),
  signer: z.object({ name: z.string().min(1), role: z.string().min(1) }),
});
type Payload = z.infer<typeof payload>;

export interface HandoverNoteDeps {
  repo: Pick<HandoverRepository, "add">;
  /** The current or previous shift that starts at `from`; null when it is neither. */
  shiftStarting(from: number): ShiftSpan | null;
  /** "07:00–15:00 on 2026-11-26" in the site's zone, for the audit line. */
  describe(span: ShiftSpan): string;
  now?: () => number;
}

export function handoverNoteAction(deps: HandoverNoteDeps): LocalActionDefinition<SignHandoverRequest, Payload> {
  const now = deps.now ?? Date.now;
  return {
    kind: "handover-note",
    permission: "handover",
    local: true,
    replayable: false,
    // A second note for the same shift is a correction, kept beside the first.
    oncePerTarget: false,
    payload,
    prepare({ shiftFrom, text, signer }): PreparedAction<Payload> {
      const span = deps.shiftStarting(shiftFrom);
      if (!span) throw new CoreError("bad-request", "A handover note is signed for the current or the previous shift only: field shiftFrom names neither");
      const label = deps.describe(span);
      return {
        endpointId: WORKSTATION_ENDPOINT,
        target: `shift:${span.from}`,
        targetLabel: `Shift ${label}`,
        comment: text,
        payload: { shiftFrom: span.from, shiftTo: span.to, label, text, signer: { name: signer.name, role: signer.role } },
      };
    },
    retryArgs: (p) => ({ shiftFrom: p.shiftFrom, text: p.text, signer: p.signer }),
    apply: async (p) => {
      await deps.repo.add({ shiftFrom: p.shiftFrom, shiftTo: p.shiftTo, text: p.text, userName: p.signer.name, role: p.signer.role, signedAt: now() });
    },
    audit: (a) =>
      wordedDetail("handover-note", { shiftFrom: a.payload.shiftFrom, shiftTo: a.payload.shiftTo, text: a.payload.text }, `Sign the handover note of shift ${a.payload.label}: ${a.payload.text}`),
  };
}
