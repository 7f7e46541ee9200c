/**
 * The site config's `commands`: tags on servers that are not ours (which do not mark commands by
 * our convention) that the site makes operator commands. Optional; an error names the field.
 *
 *   "commands": [{ "endpoint": "scada-1", "nodeId": "ns=2;s=Pump7.Reset", "values": ["true"] }]
 *
 * `values` (as text) narrows what a window offers; without it any value of the tag's type.
 */
import { z } from "zod";
import { tagId, type TagId } from "../../../contract/api";
import type { MarkedCommand } from "./command-catalog";

export const commandMarksSchema = z
  .array(
    z
      .object({
        endpoint: z.string().min(1, "the id of one of the site's endpoints"),
        nodeId: z.string().regex(/^(ns=\d+;)?[isgb]=.+$/, "an OPC UA node id such as ns=2;s=Pump7.Reset"),
        values: z.array(z.string().min(1)).min(1).optional(),
      })
      .strict(),
  )
  .default([]);

export type CommandMarks = z.infer<typeof commandMarksSchema>;

/** Marks naming an endpoint the site does not have, as "field …: why" lines. */
export function commandMarkIssues(marks: CommandMarks, endpointIds: readonly string[]): { path: (string | number)[]; message: string }[] {
  return marks.flatMap((mark, i) =>
    endpointIds.includes(mark.endpoint) ? [] : [{ path: ["commands", i, "endpoint"], message: `no endpoint "${mark.endpoint}" on this site (${endpointIds.join(", ")})` }],
  );
}

export function markLookup(marks: CommandMarks): (id: TagId) => MarkedCommand | undefined {
  const byTag = new Map(marks.map((m) => [tagId(m.endpoint, m.nodeId), m.values ? { values: m.values } : {}]));
  return (id) => byTag.get(id);
}
