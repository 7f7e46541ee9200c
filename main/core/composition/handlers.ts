/**
 * The contract's dispatch: one handler per method, typed from the contract. A method added to
 * contract/methods.ts without a handler here, or a handler returning the wrong result type,
 * does not compile.
 */
import type { MethodArgs, MethodName, MethodResults, SiteInfo } from "../../../contract/api";
import type { ActionService } from "../actions/action-service";
import type { Person } from "../store/outbox-repository";
import type { AlarmService } from "../alarms/alarm-service";
import type { ConnectionService } from "../connections/connection-service";
import type { IdentityService } from "../identity/identity-service";
import type { ModelService } from "../model/model-service";
import { CoreError } from "../rpc/core-error";
import type { WindowLink } from "../rpc/window-link";
import type { ValueService } from "../values/value-service";

/** Who is calling: the window, and the person whose authority the call carries (null: nobody signed in). */
export interface CallContext {
  link: WindowLink;
  person: Person | null;
}

export type HandlerTable = {
  [M in MethodName]: (ctx: CallContext, args: MethodArgs<M>) => Promise<MethodResults[M]>;
};

export interface CoreServices {
  siteInfo(): SiteInfo;
  model: ModelService;
  connections: ConnectionService;
  values: ValueService;
  alarms: AlarmService;
  actions: ActionService;
  identity: IdentityService;
}

/** Actions need a person: the read-only station is refused in words. */
function signedIn(person: Person | null): Person {
  if (!person) throw new CoreError("forbidden", "Nobody is signed in on this workstation: sign in to act on alarms");
  return person;
}

export function contractHandlers(core: CoreServices): HandlerTable {
  return {
    getSite: async () => core.siteInfo(),
    getSession: async () => core.identity.info(),
    signIn: (_ctx, { login, password }) => core.identity.signIn(login, password),
    signOut: () => core.identity.signOut(),
    listAssets: async () => core.model.list(),
    getConnections: async () => core.connections.list(),
    subscribeTags: async ({ link }, { tagIds }) => core.values.subscribe(link, tagIds),
    unsubscribeTags: async ({ link }, { tagIds }) => ({ count: core.values.unsubscribe(link, tagIds) }),
    listAlarms: async () => core.alarms.list(),
    acknowledgeAlarm: ({ person }, args) => core.actions.request("acknowledge", args, signedIn(person)),
    confirmAlarm: ({ person }, args) => core.actions.request("confirm", args, signedIn(person)),
    commentAlarm: ({ person }, args) => core.actions.request("comment", args, signedIn(person)),
    shelveAlarm: ({ person }, args) => core.actions.request("shelve", args, signedIn(person)),
    unshelveAlarm: ({ person }, args) => core.actions.request("unshelve", args, signedIn(person)),
    setAlarmEnabled: ({ person }, { enabled, ...args }) => core.actions.request(enabled ? "enable" : "disable", args, signedIn(person)),
    listActions: (_ctx, filter) => core.actions.list(filter),
    retryAction: ({ person }, { outboxId }) => core.actions.retry(outboxId, signedIn(person)),
    discardAction: ({ person }, { outboxId, reason }) => core.actions.discard(outboxId, reason, signedIn(person)),
  };
}

export function dispatch<M extends MethodName>(table: HandlerTable, ctx: CallContext, method: M, args: MethodArgs<M>): Promise<MethodResults[M]> {
  const handler: HandlerTable[M] = table[method];
  return handler(ctx, args);
}
