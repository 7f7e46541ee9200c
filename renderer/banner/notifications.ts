/**
 * Desktop notifications (the Notification API) while this window has no focus, for new high and
 * critical alarms; notificationPlan decides when and what. Clicking one brings the window forward
 * with the alarm selected. Permission is asked only when a person chooses to, from the banner's
 * menu, never on load.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { AlarmState } from "../../contract/api";
import { selectAlarm, selectAsset, type RoomStore } from "../state/roomState";
import { EMPTY_QUEUE, forget, hearUrgent, offer, type NotifyQueue, type Shown } from "./notificationPlan";

/** How often the window looks for new alarms and for a summary that is due. */
const TICK_MS = 1_000;

export type NotifyPermission = NotificationPermission | "unsupported";

export interface NotificationText {
  title: string;
  body: string;
}

function supported(): boolean {
  return typeof window !== "undefined" && "Notification" in window;
}

function permission(): NotifyPermission {
  return supported() ? Notification.permission : "unsupported";
}

function show(store: RoomStore, shown: Shown, text: NotificationText): void {
  const alarm: AlarmState = shown.kind === "one" ? shown.alarm : shown.top;
  // One tag: each notification replaces the one before, so the tray never fills up in a flood.
  const n = new Notification(text.title, { body: text.body, tag: "ccr-alarm" });
  n.onclick = () => {
    window.focus();
    selectAlarm(store, alarm.id);
    if (alarm.assetId) selectAsset(store, alarm.assetId);
    n.close();
  };
}

export interface DesktopNotifications {
  permission: NotifyPermission;
  /** Asks the browser (or the app) for permission; call from a click. */
  ask(): void;
}

export function useDesktopNotifications(store: RoomStore, describe: (shown: Shown) => NotificationText): DesktopNotifications {
  const [granted, setGranted] = useState<NotifyPermission>(permission);
  const describeRef = useRef(describe);
  describeRef.current = describe;

  useEffect(() => {
    if (!supported()) return;
    let heard: ReadonlySet<string> | null = null;
    let seen: unknown = null;
    let queue: NotifyQueue = EMPTY_QUEUE;
    const tick = () => {
      const alarms = store.getState().alarms;
      const now = Date.now();
      let fresh: AlarmState[] = [];
      if (alarms !== seen) {
        seen = alarms;
        const h = hearUrgent(heard ?? new Set(), alarms.values());
        // What was there when the window opened is not new.
        if (heard !== null) fresh = h.fresh;
        heard = h.keys;
      }
      if (document.hasFocus() || Notification.permission !== "granted") {
        queue = forget(queue);
        return;
      }
      const planned = offer(queue, fresh, now);
      queue = planned.queue;
      if (planned.show) show(store, planned.show, describeRef.current(planned.show));
    };
    tick();
    const timer = setInterval(tick, TICK_MS);
    return () => clearInterval(timer);
  }, [store]);

  const ask = useCallback(() => {
    if (!supported()) return;
    void Notification.requestPermission().then(setGranted, () => setGranted(permission()));
  }, []);
  return { permission: granted, ask };
}
