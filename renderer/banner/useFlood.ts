/**
 * The flood status of this window, re-evaluated every few seconds rather than per event: a flood
 * of events costs one pass over the alarms per tick, and the flood ends by itself when its raises
 * leave the ten-minute window even if no event arrives.
 */
import { useEffect, useState } from "react";
import type { RoomStore } from "../state/roomState";
import { floodStatus, noteRaises, type FloodStatus, type RaiseLog } from "./flood";

export const FLOOD_TICK_MS = 5_000;

const same = (a: FloodStatus, b: FloodStatus) => a.on === b.on && a.count === b.count;

export function useFlood(store: RoomStore): FloodStatus {
  const [status, setStatus] = useState<FloodStatus>({ on: false, count: 0 });
  useEffect(() => {
    let log: RaiseLog = new Map();
    const tick = () => {
      const now = Date.now();
      log = noteRaises(log, store.getState().alarms.values(), now);
      const next = floodStatus(log, now);
      setStatus((old) => (same(old, next) ? old : next));
    };
    tick();
    const timer = setInterval(tick, FLOOD_TICK_MS);
    return () => clearInterval(timer);
  }, [store]);
  return status;
}
