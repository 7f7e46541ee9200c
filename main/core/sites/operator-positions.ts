/**
 * Operator positions: the desks of a control room, each watching some of the site's services
 * (and, in a big city, some districts). Alarm KPIs are read per position because EEMUA 191's
 * limits are about what one operator can handle, not about a whole site.
 */
import { z } from "zod";
import { SERVICES } from "../../../contract/api";

export const operatorPositionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "lower-case letters, digits and dashes"),
    /** As the control room calls the desk, in the site's language. */
    name: z.string().min(1).max(200),
    services: z.array(z.enum(SERVICES)).min(1),
    /** Only these districts' assets; omitted = the whole city. */
    districts: z.array(z.string().min(1).max(200)).min(1).optional(),
  })
  .strict();

export type OperatorPositionConfig = z.infer<typeof operatorPositionSchema>;

export const operatorPositionsSchema = z
  .array(operatorPositionSchema)
  .default([])
  .superRefine((positions, ctx) => {
    const seen = new Set<string>();
    positions.forEach((p, i) => {
      if (seen.has(p.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `duplicate position id "${p.id}"` });
      seen.add(p.id);
    });
  });

/** A position may only watch services the site has; said per position and service. */
export function positionServiceIssues(positions: readonly OperatorPositionConfig[], siteServices: readonly string[]): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  positions.forEach((p, i) =>
    p.services.forEach((s, j) => {
      if (!siteServices.includes(s)) issues.push({ path: ["positions", i, "services", j], message: `"${s}" is not one of the site's services (${siteServices.join(", ")})` });
    }),
  );
  return issues;
}
