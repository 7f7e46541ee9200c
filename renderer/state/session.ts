/**
 * Connects one window to the core: loads the site, assets, connection states and alarm book,
 * then keeps them current from events. Components never call the API for data; they read the
 * store. Actions (acknowledge) go through here so the store knows what is in flight.
 */
import type { ActionResult, AlarmId, ControlRoomApi, CoreNotice, OutboxEntry, SessionInfo } from "../../contract/api";
import type { Key } from "../i18n/keys";
import { startActionFeed } from "./actionFeed";
import { startAlarmFeed } from "./alarmFeed";
import { startFocusFeed } from "./focusFeed";
import { startSelectionSync, windowOrigin } from "./selectionSync";
import { opensOnSharedSelection, windowRole } from "../shell/windowRole";
import { startSessionFeed } from "./sessionFeed";
import type { RoomStore } from "./roomState";
import { startValueFeed } from "./valueFeed";

/** Kept in the store so a person can read them after the toast is gone; older ones drop off. */
const MAX_NOTICES = 50;

/** How the session tells a person about things no component asked for. */
export interface SessionReporter {
  /** A background call failed; `key` words it, with the error as {{message}}. */
  error(key: Key, error: unknown): void;
  notice(notice: CoreNotice): void;
}

const PENDING_ACK_TIMEOUT_MS = 15_000;

/** Shelving as a person chooses it: until the alarm returns to normal, or for a time. */
export type ShelveChoice = { kind: "one-shot" } | { kind: "timed"; durationMs: number };

export interface Session {
  /** Signs a person in on this workstation (every window follows); rejects with the core's ContractError. */
  signIn(login: string, password: string): Promise<SessionInfo>;
  signOut(): Promise<SessionInfo>;
  acknowledge(alarmId: AlarmId, comment: string): Promise<ActionResult>;
  confirm(alarmId: AlarmId, comment: string): Promise<ActionResult>;
  comment(alarmId: AlarmId, comment: string): Promise<ActionResult>;
  shelve(alarmId: AlarmId, choice: ShelveChoice, reason: string): Promise<ActionResult>;
  unshelve(alarmId: AlarmId): Promise<ActionResult>;
  setEnabled(alarmId: AlarmId, enabled: boolean, reason: string): Promise<ActionResult>;
  retryAction(outboxId: number): Promise<ActionResult>;
  discardAction(outboxId: number, reason: string): Promise<OutboxEntry>;
  stop(): void;
}

export function startSession(api: ControlRoomApi, store: RoomStore, report: SessionReporter): Session {
  const offConnection = api.on("connection", (status) => {
    store.update((s) => {
      const connections = new Map(s.connections);
      connections.set(status.endpointId, status);
      return { ...s, connections };
    });
  });
  // A first discovery (or a server's changed model) arrives after the window loaded.
  const offAssets = api.on("assets", (assets) => {
    store.update((s) => ({ ...s, assets, assetsById: new Map(assets.map((a) => [a.id, a])) }));
  });
  const offNotices = api.on("notice", (notice) => {
    store.update((s) => ({ ...s, coreNotices: [...s.coreNotices, notice].slice(-MAX_NOTICES) }));
    report.notice(notice);
  });
  const alarmFeed = startAlarmFeed(api, store);
  const sessionFeed = startSessionFeed(api, store);
  const stopValues = startValueFeed(api, store, report.error);
  // Not part of the load: a core without an outbox yet must not keep the window from starting.
  const stopActions = startActionFeed(api, store);
  const stopFocus = startFocusFeed(api, store);
  const role = windowRole(globalThis.location?.search ?? "");
  const stopSelection = startSelectionSync(api, store, windowOrigin(), opensOnSharedSelection(role));

  Promise.all([api.getSite({}), api.listAssets({}), api.getConnections({}), alarmFeed.ready, sessionFeed.ready])
    .then(([site, assets, connections]) => {
      store.update((s) => {
        // Events may have reported a newer state than the snapshot while it was on its way.
        const merged = new Map(connections.map((c) => [c.endpointId, c]));
        for (const [id, c] of s.connections) if ((merged.get(id)?.since ?? -Infinity) <= c.since) merged.set(id, c);
        return {
          ...s,
          phase: "ready",
          site,
          assets,
          assetsById: new Map(assets.map((a) => [a.id, a])),
          connections: merged,
        };
      });
    })
    .catch((e: unknown) => {
      store.update((s) => ({ ...s, phase: "failed", loadError: e }));
    });

  /** The answer to a sign-in or sign-out, unless the `session` topic already told something newer. */
  const answered = async (call: Promise<SessionInfo>): Promise<SessionInfo> => {
    const before = store.getState().sessionInfo;
    const info = await call;
    if (store.getState().sessionInfo === before) sessionFeed.apply(info);
    return info;
  };

  return {
    signIn: (login, password) => answered(api.signIn({ login, password })),
    signOut: () => answered(api.signOut({})),
    confirm: (alarmId, comment) => api.confirmAlarm({ alarmId, comment }),
    comment: (alarmId, comment) => api.commentAlarm({ alarmId, comment }),
    shelve: (alarmId, choice, reason) =>
      api.shelveAlarm(choice.kind === "timed" ? { alarmId, kind: "timed", durationMs: choice.durationMs, reason } : { alarmId, kind: "one-shot", reason }),
    unshelve: (alarmId) => api.unshelveAlarm({ alarmId }),
    setEnabled: (alarmId, enabled, reason) => api.setAlarmEnabled({ alarmId, enabled, reason }),
    async acknowledge(alarmId, comment) {
      const timeWhenSent = store.getState().alarms.get(alarmId)?.time;
      const result = await api.acknowledgeAlarm({ alarmId, comment });
      // Only mark it in flight if the server took it and its event has not already overtaken the
      // answer. A queued ("pending") ack shows from the outbox instead, for as long as it waits.
      const taken = result.status === "done" || result.status === "sending";
      if (taken && store.getState().alarms.get(alarmId)?.time === timeWhenSent) {
        store.update((s) => ({ ...s, pendingAcks: new Set(s.pendingAcks).add(alarmId) }));
        // If the server never reports back, give the operator the Ack button again.
        setTimeout(() => {
          store.update((s) => {
            if (!s.pendingAcks.has(alarmId)) return s;
            const pendingAcks = new Set(s.pendingAcks);
            pendingAcks.delete(alarmId);
            return { ...s, pendingAcks };
          });
        }, PENDING_ACK_TIMEOUT_MS);
      }
      return result;
    },
    retryAction: (outboxId) => api.retryAction({ outboxId }),
    discardAction: (outboxId, reason) => api.discardAction({ outboxId, reason }),
    stop() {
      offNotices();
      stopActions();
      stopFocus();
      stopSelection();
      offConnection();
      offAssets();
      sessionFeed.stop();
      alarmFeed.stop();
      stopValues();
    },
  };
}
