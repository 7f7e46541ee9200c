/**
 * An operator command (write) as a registry entry: permission `command`, the tag must be one the
 * catalog knows as a command, the new value of its type. The audit says who wrote what, old →
 * new. A command is never queued (`replayable: false`): `prepare` refuses it at once while the
 * endpoint has no usable session, naming why, so no outbox row is ever left waiting; the
 * executor settles it failed if the link drops between recording and sending.
 */
import { AttributeIds, DataType, Variant } from "node-opcua";
import { z } from "zod";
import { endpointOf, nodeOf, type AssetInfo, type EndpointId, type EndpointStatus, type TagId, type TagValue } from "../../../contract/api";
import type { KnownCommand } from "../commands/command-catalog";
import { CoreError } from "../rpc/core-error";
import type { ActionArgs, RemoteActionDefinition } from "./registry";
import { wordedDetail } from "../audit/worded-detail";

export interface CommandDeps {
  command(tagId: TagId): KnownCommand | undefined;
  asset(tagId: TagId): AssetInfo | undefined;
  current(tagId: TagId): TagValue | undefined;
  /** Whether the endpoint can take a write now: its status when it cannot. */
  unusable(endpointId: EndpointId): EndpointStatus | "unknown" | null;
}

const INTEGER = new Set<DataType>([DataType.SByte, DataType.Byte, DataType.Int16, DataType.UInt16, DataType.Int32, DataType.UInt32, DataType.Int64, DataType.UInt64]);
const value = z.union([z.boolean(), z.number(), z.string()]);
const payload = z.object({
  tagId: z.string().min(1),
  nodeId: z.string().min(1),
  dataType: z.number().int(),
  value,
  previous: value.nullable(),
});
export type CommandPayload = z.infer<typeof payload>;

const shown = (v: CommandPayload["value"] | null) => (v === null ? "(unknown)" : typeof v === "string" ? `"${v}"` : String(v));

function offlineReason(endpointId: EndpointId, status: EndpointStatus | "unknown"): string {
  if (status === "unknown") return `Endpoint "${endpointId}" is not on this site`;
  const why = status.error ? `: ${status.error}` : "";
  return `Endpoint "${endpointId}" is ${status.state === "connected" ? "not ready for commands" : status.state}${why}. A command is never queued: it was not sent; send it again when the endpoint is connected`;
}

export function writeCommandAction(deps: CommandDeps): RemoteActionDefinition<ActionArgs["write"], CommandPayload> {
  return {
    kind: "write",
    permission: "command",
    replayable: false,
    oncePerTarget: false,
    payload,
    prepare({ tagId, value: next }) {
      const asset = deps.asset(tagId);
      const tag = asset?.tags.find((t) => t.id === tagId);
      if (!asset || !tag) throw new CoreError("not-found", `No tag "${tagId}" is known to the workstation`);
      const command = deps.command(tagId);
      if (!command) throw new CoreError("bad-request", `"${asset.name} · ${tag.name}" is not a command on this site`);
      const expected = command.valueType === "text" ? "string" : command.valueType;
      if (typeof next !== expected) {
        throw new CoreError("bad-request", `field "value": "${asset.name} · ${tag.name}" takes a ${command.valueType} value, not ${JSON.stringify(next)}`);
      }
      if (typeof next === "number" && INTEGER.has(command.dataType) && !Number.isInteger(next)) {
        throw new CoreError("bad-request", `field "value": "${asset.name} · ${tag.name}" takes a whole number, not ${next}`);
      }
      const endpointId = endpointOf(tagId);
      const unusable = deps.unusable(endpointId);
      if (unusable) throw new CoreError("unavailable", offlineReason(endpointId, unusable));
      const previous = deps.current(tagId)?.value ?? null;
      return {
        endpointId,
        target: tagId,
        targetLabel: `${asset.name} · ${tag.name}`,
        comment: `${shown(previous)} → ${shown(next)}`,
        payload: { tagId, nodeId: nodeOf(tagId), dataType: command.dataType, value: next, previous },
      };
    },
    retryArgs: (p) => ({ tagId: p.tagId as TagId, value: p.value }),
    async send(session, p) {
      return session.write({
        nodeId: p.nodeId,
        attributeId: AttributeIds.Value,
        value: { value: new Variant({ dataType: p.dataType as DataType, value: p.value }) },
      });
    },
    // A write has no "target moved on": every refusal is the server's answer to this value.
    conflicts: [],
    audit: (a) =>
      wordedDetail(
        "command",
        { target: a.targetLabel, previous: a.payload.previous === null ? null : shown(a.payload.previous), value: shown(a.payload.value) },
        `Command "${a.targetLabel}": ${shown(a.payload.previous)} → ${shown(a.payload.value)}`,
      ),
  };
}
