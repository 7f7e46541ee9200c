/**
 * Who may act on alarms. Every method call on a condition (or its shelving state machine) in the
 * site namespace is checked against the caller's role before node-opcua runs it; a role that is
 * not listed gets BadUserAccessDenied, as a real SCADA server configured by the site would answer.
 */
import { StatusCodes, UserNameIdentityToken, type AddressSpace, type ISessionContext, type UAMethod, type UAObject, type UAObjectType } from "node-opcua";
import type { Role, SimulatorUser } from "./users";

export type Action = "acknowledge" | "confirm" | "shelve" | "comment" | "enable" | "simulate";

export interface RolePermissions {
  acknowledge: Role[];
  confirm: Role[];
  shelve: Role[];
  comment: Role[];
  /** Enable/Disable of a condition (taking it out of service). */
  enable?: Role[];
  /** Simulation.StartScenario and Simulation.Reset. */
  simulate?: Role[];
  /** Writing operator commands (commands.ts): switch a cabinet, reset a fault, set a mode. */
  command?: Role[];
}

/** ISA-18.2 practice: operators acknowledge, supervisors also confirm and shelve, everybody may comment. */
export const DEFAULT_ROLE_PERMISSIONS: Required<RolePermissions> = {
  acknowledge: ["operator", "supervisor", "engineer"],
  confirm: ["supervisor", "engineer"],
  shelve: ["supervisor", "engineer"],
  comment: ["operator", "supervisor", "maintenance", "engineer"],
  enable: ["supervisor", "engineer"],
  simulate: ["supervisor", "engineer"],
  command: ["operator", "supervisor", "engineer"],
};

const ACTION_OF_METHOD: Record<string, Action> = {
  Acknowledge: "acknowledge",
  Confirm: "confirm",
  AddComment: "comment",
  TimedShelve: "shelve",
  OneShotShelve: "shelve",
  Unshelve: "shelve",
  Enable: "enable",
  Disable: "enable",
  StartScenario: "simulate",
  Reset: "simulate",
};

export function roleOf(context: ISessionContext, users: SimulatorUser[], anonymousRole: Role | null): Role | null {
  const token = context.session?.userIdentityToken;
  if (token instanceof UserNameIdentityToken && token.userName) {
    return users.find((u) => u.user === token.userName)?.role ?? null;
  }
  return anonymousRole;
}

export function installAccessControl(
  addressSpace: AddressSpace,
  namespaceIndex: number,
  users: SimulatorUser[],
  permissions: Required<RolePermissions>,
  anonymousRole: Role | null,
): void {
  addressSpace.addMethodCallInterceptor((context: ISessionContext, object: UAObject | UAObjectType | null, method: UAMethod) => {
    const action = ACTION_OF_METHOD[method.browseName.name ?? ""];
    // Only guard our own conditions and the Simulation object; ConditionRefresh and the rest of ns=0 stay open.
    if (!action || !object || object.nodeId.namespace !== namespaceIndex) return StatusCodes.Good;
    // In-process calls (no session) are the embedding application itself.
    if (!context.session) return StatusCodes.Good;
    const role = roleOf(context, users, anonymousRole);
    return role && permissions[action].includes(role) ? StatusCodes.Good : StatusCodes.BadUserAccessDenied;
  });
}
