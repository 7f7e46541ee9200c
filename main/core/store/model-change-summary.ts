/**
 * What a change to an engineered asset did, in words for the version list and the audit trail:
 * "created with 3 tags", `name "A" → "B"; tags +Flow −Pressure`. Plain data in, text out.
 */
import type { EngineeredAsset } from "../../../contract/engineering";

type Facts = Pick<EngineeredAsset, "externalId" | "name" | "service" | "type" | "district" | "lat" | "lon" | "tags">;

const FIELDS = ["externalId", "name", "service", "type", "district", "lat", "lon"] as const;

const quoted = (v: unknown) => (typeof v === "string" ? `"${v}"` : String(v));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function summarizeChange(before: Facts | null, after: Facts | null): string {
  if (!before && after) return `created with ${plural(after.tags.length, "tag")}`;
  if (before && !after) return `deleted (had ${plural(before.tags.length, "tag")})`;
  if (!before || !after) return "no change";
  const parts: string[] = [];
  for (const field of FIELDS) {
    if (before[field] !== after[field]) parts.push(`${field} ${quoted(before[field])} → ${quoted(after[field])}`);
  }
  const was = new Map(before.tags.map((t) => [t.nodeId, t]));
  const now = new Map(after.tags.map((t) => [t.nodeId, t]));
  const added = after.tags.filter((t) => !was.has(t.nodeId)).map((t) => `+${t.name}`);
  const removed = before.tags.filter((t) => !now.has(t.nodeId)).map((t) => `−${t.name}`);
  const changed = after.tags
    .filter((t) => {
      const old = was.get(t.nodeId);
      return old && (old.name !== t.name || old.unit !== t.unit || old.range?.low !== t.range?.low || old.range?.high !== t.range?.high);
    })
    .map((t) => `~${t.name}`);
  const tagWords = [...added, ...removed, ...changed];
  if (tagWords.length) parts.push(`tags ${tagWords.join(" ")}`);
  return parts.length ? parts.join("; ") : "saved without changes";
}
