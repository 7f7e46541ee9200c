/**
 * The engineered asset model as a section of the site file (`engineeredModel`), so a site built
 * on one workstation travels with its site file to the others: the model an engineer made from
 * servers that do not follow our convention, with every tag's name, unit and range as stored,
 * so a workstation that receives it needs no browsing (and can show the assets offline at once).
 */
import { z } from "zod";
import { SERVICES } from "../../../contract/api";

const text = (max: number) => z.string().trim().max(max);

const sectionTag = z
  .object({
    nodeId: text(2000).min(1),
    name: text(500).min(1),
    unit: text(100).min(1).nullable().default(null),
    range: z.object({ low: z.number(), high: z.number() }).strict().nullable().default(null),
    metadataFrom: z.enum(["server", "engineer"]).default("engineer"),
  })
  .strict();

const sectionAsset = z
  .object({
    endpointId: text(64).min(1),
    nodeId: text(2000).min(1),
    externalId: text(200).min(1).nullable().default(null),
    name: text(500).min(1),
    service: z.enum(SERVICES),
    type: text(200),
    district: text(200),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    tags: z.array(sectionTag).max(5000),
  })
  .strict();

export const engineeredModelSectionSchema = z
  .object({
    /** Who exported it and when (information for the reader; the store keeps its own versions). */
    exportedAt: z.string().optional(),
    exportedBy: z.string().optional(),
    assets: z.array(sectionAsset),
  })
  .strict()
  .optional();

export type EngineeredModelSection = NonNullable<z.infer<typeof engineeredModelSectionSchema>>;

/** Assets of endpoints the site does not have, and nodes used twice, named by their place in the file. */
export function engineeredSectionIssues(section: EngineeredModelSection | undefined, endpointIds: readonly string[]): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const seen = new Set<string>();
  section?.assets.forEach((a, i) => {
    if (!endpointIds.includes(a.endpointId)) {
      issues.push({ path: ["engineeredModel", "assets", i, "endpointId"], message: `"${a.endpointId}" is not one of the site's endpoints` });
    }
    const key = `${a.endpointId}|${a.nodeId}`;
    if (seen.has(key)) issues.push({ path: ["engineeredModel", "assets", i, "nodeId"], message: `${a.nodeId} is already an asset of ${a.endpointId} above` });
    seen.add(key);
  });
  return issues;
}
