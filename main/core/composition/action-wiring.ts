/**
 * The services a person's action goes through, wired to the rest of the core: kept station
 * passwords and certificate trust (both act on endpoints at once), the command catalog, the
 * registry of action kinds, the outbox executor that sends and replays them, and the action
 * service in front of it all. Connections and the signed-in person are made after these, so
 * both are read late.
 */
import type { OPCUACertificateManager } from "node-opcua";
import { ActionService } from "../actions/action-service";
import { toEntry } from "../actions/outbox-entry";
import { OutboxExecutor } from "../actions/outbox-executor";
import type { AlarmService } from "../alarms/alarm-service";
import { CommandCatalog } from "../commands/command-catalog";
import { markLookup } from "../commands/command-marks";
import { commandDeps } from "../commands/command-wiring";
import { CertificateService } from "../connections/certificate-service";
import type { ConnectionService, ResolvedEndpoint } from "../connections/connection-service";
import { KeyFileKeeper } from "../credentials/key-file-keeper";
import { KeptPasswords } from "../credentials/kept-passwords";
import type { PasswordKeeper } from "../credentials/password-keeper";
import { handoverNoteAction } from "../handover/handover-note-action";
import { handoverNoteDeps } from "../handover/handover-wiring";
import type { IdentityService } from "../identity/identity-service";
import type { AssetIndex } from "../model/asset-index";
import type { WindowHub } from "../rpc/window-hub";
import type { SiteConfig } from "../sites/site-config";
import type { Store } from "../store/store";
import type { ValueService } from "../values/value-service";
import { registerActionKinds } from "./action-kinds";
import type { NoticeBoard } from "./notice-board";

export interface ActionWiring {
  site: SiteConfig;
  dataDir: string;
  endpoints: ResolvedEndpoint[];
  pki: OPCUACertificateManager;
  /** Where kept station passwords are; an owner-only key file in the data folder when not given. */
  passwords?: PasswordKeeper;
  store: Store;
  index: AssetIndex;
  alarms: AlarmService;
  values: ValueService;
  notices: NoticeBoard;
  publish: WindowHub["broadcast"];
  /** Null until the connection service is made. */
  connections(): ConnectionService | null;
  /** Null until the identity service is made. */
  identity(): IdentityService | null;
}

export interface ActionServices {
  keptPasswords: KeptPasswords;
  certificates: CertificateService;
  commands: CommandCatalog;
  executor: OutboxExecutor;
  actions: ActionService;
}

export function actionServices(w: ActionWiring): ActionServices {
  const { site, endpoints, store, index, alarms, values, connections } = w;
  // Before the first connect: an endpoint whose kept password is missing waits for an engineer.
  const keptPasswords = new KeptPasswords(endpoints, w.passwords ?? new KeyFileKeeper(w.dataDir));
  for (const problem of keptPasswords.fill()) w.notices.tell("internal-error", problem);
  // Trust is the workstation's own decision, applied to the endpoints as soon as it is made.
  const certificates = new CertificateService(w.pki, {
    presentedCertificates: () => connections()?.presentedCertificates() ?? new Map(),
    retryNow: (ids) => connections()?.retryNow(ids),
    reconnectNow: (ids, reason) => connections()?.reconnectNow(ids, reason),
  });
  // Operator commands: which tags are commands is asked of the server per asset (or named by the site).
  const commands = new CommandCatalog({
    sessionFor: (id) => connections()?.sessionFor(id) ?? null,
    asset: (id) => index.list().find((a) => a.id === id),
    marked: markLookup(site.commands),
  });
  const registry = registerActionKinds(alarms, certificates, endpoints.map((e) => e.id), commandDeps({
    catalog: commands,
    assets: () => index.list(),
    current: (id) => values.cache.get(id),
    status: (id) => connections()?.list().find((c) => c.endpointId === id),
    hasSession: (id) => !!connections()?.sessionFor(id),
  }), { kept: keptPasswords, retryNow: (id) => connections()?.retryOne(id) });
  registry.register(handoverNoteAction(handoverNoteDeps(site, store)));
  const changed = (row: Parameters<typeof toEntry>[0]) => w.publish("actions", [toEntry(row)]);
  const executor = new OutboxExecutor(store.outbox, registry, {
    sessionFor: (id) => connections()?.sessionFor(id) ?? null,
    changed,
    // A queued action is replayed only for the person who took it, signed in again.
    mayReplay: (row) => {
      const person = w.identity()?.current();
      return !!person && person.name === row.userName && person.role === row.role;
    },
  });
  const actions = new ActionService(site.permissions, registry, store.outbox, executor, changed);
  return { keptPasswords, certificates, commands, executor, actions };
}
