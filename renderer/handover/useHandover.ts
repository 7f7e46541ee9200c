/**
 * Asks the core for a shift's handover summary, again when the person signed in changes (their
 * sign-in is one of the shift's actions); an answer a newer request replaced is dropped.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ControlRoomApi, HandoverSummary, ShiftChoice } from "../../contract/api";

export type HandoverLoad = { status: "loading"; value: HandoverSummary | null } | { status: "ready"; value: HandoverSummary } | { status: "failed"; error: unknown; value: HandoverSummary | null };

export function useHandover(api: Pick<ControlRoomApi, "handoverSummary">, shift: ShiftChoice, signedIn: string | null) {
  const [load, setLoad] = useState<HandoverLoad>({ status: "loading", value: null });
  const generation = useRef(0);
  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setLoad((l) => ({ status: "loading", value: l.value?.shift.which === shift ? l.value : null }));
    try {
      const value = await api.handoverSummary({ shift });
      if (mine === generation.current) setLoad({ status: "ready", value });
    } catch (error) {
      if (mine === generation.current) setLoad((l) => ({ status: "failed", error, value: l.value }));
    }
  }, [api, shift]);
  useEffect(() => {
    void reload();
  }, [reload, signedIn]);
  return { load, reload };
}
