/**
 * One condition's journal and audit rows for the detail, newest first. Asked again when the
 * condition's last event time moves (a new state was journaled), a moment later, so the store
 * worker's batched journal write is in.
 */
import { useEffect, useRef, useState } from "react";
import type { AlarmHistoryRow, AlarmId } from "../../../contract/api";
import { useRoom } from "../../state/RoomContext";

/** Enough for a shift of a chattering alarm; the history screen has the rest. */
const ROWS = 200;
/** The journal writes in 50 ms batches; a little more than that. */
const AFTER_EVENT_MS = 400;
/** The latest time a Date can hold: server clocks ahead of ours must not hide the newest rows. */
const END_OF_TIME = 8.64e15;

export type HistoryLoad = { status: "loading" } | { status: "ready"; rows: AlarmHistoryRow[]; more: boolean } | { status: "failed"; error: unknown };

export function useAlarmHistory(alarmId: AlarmId, lastEvent: number | null): HistoryLoad {
  const { api } = useRoom();
  const [load, setLoad] = useState<HistoryLoad>({ status: "loading" });
  const asked = useRef<AlarmId | null>(null);

  useEffect(() => {
    setLoad({ status: "loading" });
  }, [alarmId]);

  useEffect(() => {
    let current = true;
    const again = asked.current === alarmId;
    asked.current = alarmId;
    const timer = setTimeout(
      () => {
        api
          .searchAlarmHistory({ from: 0, to: END_OF_TIME, alarmId, limit: ROWS })
          .then((page) => current && setLoad({ status: "ready", rows: page.rows, more: page.next !== null }))
          .catch((error: unknown) => current && setLoad({ status: "failed", error }));
      },
      again ? AFTER_EVENT_MS : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, alarmId, lastEvent]);

  return load;
}
