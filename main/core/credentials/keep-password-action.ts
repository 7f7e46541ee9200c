/**
 * Entering a station password as a registry entry: local (the workstation's own keeper, no server
 * is asked), authorized by the `trust` permission (whoever decides whom the workstation trusts
 * decides as whom it connects), audited with the endpoint and user, never the password.
 *
 * The password must not reach the outbox row (SQLite, audited, shown in the outbox drawer): the
 * payload names the endpoint only, and the password waits in memory between prepare and apply,
 * which follow each other at once for a local action. A retry has no password to send again.
 */
import { z } from "zod";
import type { EndpointId } from "../../../contract/api";
import { CoreError } from "../rpc/core-error";
import type { ActionArgs, LocalActionDefinition } from "../actions/registry";
import type { KeptPasswords } from "./kept-passwords";
import { wordedDetail } from "../audit/worded-detail";

const payload = z.object({ endpointId: z.string().min(1), user: z.string() });
type Payload = z.infer<typeof payload>;

const KEEPER_NAME = { "safe-storage": "encrypted by the desktop app (safeStorage)", "key-file": "in an owner-only key file" } as const;

export function keepPasswordAction(
  kept: KeptPasswords,
  /** The endpoint tries now with the new password (back-off reset). */
  retryNow: (endpointId: EndpointId) => void,
): LocalActionDefinition<ActionArgs["keep-password"], Payload> {
  const waiting = new Map<string, string>();
  return {
    kind: "keep-password",
    permission: "trust",
    local: true,
    replayable: false,
    oncePerTarget: true,
    payload,
    prepare({ endpointId, password }) {
      const user = kept.userOf(endpointId);
      if (user === null) throw new CoreError("bad-request", `Endpoint "${endpointId}" does not take a password kept on this workstation (its site file says where its password is)`);
      if (!password) throw new CoreError("bad-request", `The password for endpoint "${endpointId}" was not given again: enter it once more`);
      waiting.set(endpointId, password);
      return { endpointId, target: endpointId, targetLabel: `${user} @ ${endpointId}`, comment: "", payload: { endpointId, user } };
    },
    retryArgs: (p) => ({ endpointId: p.endpointId as EndpointId, password: "" }),
    async apply(p) {
      const password = waiting.get(p.endpointId);
      waiting.delete(p.endpointId);
      if (!password) throw new Error(`The password for endpoint "${p.endpointId}" is no longer at hand: enter it again`);
      await kept.keep(p.endpointId as EndpointId, password);
      retryNow(p.endpointId as EndpointId);
    },
    audit: (a) =>
      wordedDetail(
        "keep-password",
        { user: a.payload.user, endpoint: a.endpointId, keeper: kept.keeperKind },
        `Keep the station password of user "${a.payload.user}" for endpoint "${a.endpointId}" on this workstation, ${KEEPER_NAME[kept.keeperKind]}`,
      ),
  };
}
