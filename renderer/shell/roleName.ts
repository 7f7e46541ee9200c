/** Role keys from the site config as people say them; a role we have no word for shows as configured. */
import type { TFunction } from "i18next";
import { tk, type Key } from "../i18n/keys";

const ROLES: Record<string, Key> = {
  operator: tk("user.role.operator"),
  supervisor: tk("user.role.supervisor"),
  engineer: tk("user.role.engineer"),
  maintenance: tk("user.role.maintenance"),
};

export function roleName(role: string, t: TFunction): string {
  return Object.hasOwn(ROLES, role) ? t(ROLES[role]!) : role;
}
