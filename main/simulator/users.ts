/**
 * Demo users, one per control-room role, and the OPC UA user manager that checks them. A real
 * site replaces these with its directory; the roles are what the alarm methods are judged by.
 */
import { makeRoles, WellKnownRoles, type NodeId, type UserManagerOptions } from "node-opcua";

export type Role = "operator" | "supervisor" | "maintenance" | "engineer";
export const ROLES: readonly Role[] = ["operator", "supervisor", "maintenance", "engineer"];

export interface SimulatorUser {
  user: string;
  password: string;
  /** null: a read-only account (a workstation's station identity): it reads and subscribes, every method refuses it. */
  role: Role | null;
}

export const DEFAULT_USERS: SimulatorUser[] = [
  { user: "operator", password: "operator-nis", role: "operator" },
  { user: "supervisor", password: "supervisor-nis", role: "supervisor" },
  { user: "maintenance", password: "maintenance-nis", role: "maintenance" },
  { user: "engineer", password: "engineer-nis", role: "engineer" },
];

/** Nearest OPC UA well-known role (Part 3 §4.9) for each control-room role, for clients that read roles. */
const WELL_KNOWN: Record<Role, WellKnownRoles> = {
  operator: WellKnownRoles.Operator,
  supervisor: WellKnownRoles.Supervisor,
  maintenance: WellKnownRoles.Operator,
  engineer: WellKnownRoles.Engineer,
};

export function makeUserManager(users: SimulatorUser[]): UserManagerOptions {
  const byName = new Map(users.map((u) => [u.user, u]));
  return {
    isValidUser: (user: string, password: string) => byName.get(user)?.password === password,
    getUserRoles: (user: string): NodeId[] => {
      const found = byName.get(user);
      if (!found) return [];
      return makeRoles([WellKnownRoles.AuthenticatedUser, found.role ? WELL_KNOWN[found.role] : WellKnownRoles.Observer]);
    },
  };
}
