/**
 * Which roles may do what on a site (the site config's `permissions`). The core checks it before
 * anything reaches a server, and an embedded simulator enforces the same on its side; a site
 * file names only what it changes from these defaults.
 */
import { z } from "zod";

export const ROLES = ["operator", "supervisor", "maintenance", "engineer"] as const;
export type Role = (typeof ROLES)[number];

/** ISA-18.2 practice: operators acknowledge; supervisors also confirm and shelve; anyone comments. */
const DEFAULT_PERMISSIONS: Record<"acknowledge" | "confirm" | "shelve" | "comment" | "enable" | "trust" | "engineer" | "command" | "field" | "handover", readonly Role[]> = {
  acknowledge: ["operator", "supervisor", "engineer"],
  confirm: ["supervisor", "engineer"],
  shelve: ["supervisor", "engineer"],
  comment: ["operator", "supervisor", "maintenance", "engineer"],
  /** Taking a condition out of service (Disable) and back (Enable). */
  enable: ["supervisor", "engineer"],
  /** Trusting or rejecting a server's certificate, renewing the workstation's own. */
  trust: ["engineer"],
  /** Browsing servers' address spaces and changing the engineered asset model. */
  engineer: ["engineer"],
  /** Preparing the workstation for the field: downloading or importing offline map tiles, fetching an area's history. */
  field: ["maintenance", "engineer"],
  /** Operator commands: writing tags the site marks as commands (switch, reset, set a mode). */
  command: ["operator", "supervisor", "engineer"],
  /** Signing a shift's handover note for the incoming shift (the shift supervisor's duty). */
  handover: ["supervisor", "engineer"],
};

const roles = z.array(z.enum(ROLES));

export const permissionsSchema = z
  .object({
    acknowledge: roles.default([...DEFAULT_PERMISSIONS.acknowledge]),
    confirm: roles.default([...DEFAULT_PERMISSIONS.confirm]),
    shelve: roles.default([...DEFAULT_PERMISSIONS.shelve]),
    comment: roles.default([...DEFAULT_PERMISSIONS.comment]),
    enable: roles.default([...DEFAULT_PERMISSIONS.enable]),
    trust: roles.default([...DEFAULT_PERMISSIONS.trust]),
    engineer: roles.default([...DEFAULT_PERMISSIONS.engineer]),
    field: roles.default([...DEFAULT_PERMISSIONS.field]),
    command: roles.default([...DEFAULT_PERMISSIONS.command]),
    handover: roles.default([...DEFAULT_PERMISSIONS.handover]),
  })
  .strict()
  .default(() => ({
    acknowledge: [...DEFAULT_PERMISSIONS.acknowledge],
    confirm: [...DEFAULT_PERMISSIONS.confirm],
    shelve: [...DEFAULT_PERMISSIONS.shelve],
    comment: [...DEFAULT_PERMISSIONS.comment],
    enable: [...DEFAULT_PERMISSIONS.enable],
    trust: [...DEFAULT_PERMISSIONS.trust],
    engineer: [...DEFAULT_PERMISSIONS.engineer],
    field: [...DEFAULT_PERMISSIONS.field],
    command: [...DEFAULT_PERMISSIONS.command],
    handover: [...DEFAULT_PERMISSIONS.handover],
  }));
