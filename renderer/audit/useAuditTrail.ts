/**
 * The audit view's data: the most recent entries and the chain check, each asked of the core
 * (both read the local store only). Verifying walks the whole trail, so it runs on open and when
 * a person asks, never on a timer.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { AuditTrailEntry, AuditVerification, ControlRoomApi } from "../../contract/api";

export const RECENT_ENTRIES = 200;

export type Loaded<T> = { status: "loading" } | { status: "ready"; value: T } | { status: "failed"; error: unknown };

export function useAuditTrail(api: ControlRoomApi) {
  const [entries, setEntries] = useState<Loaded<AuditTrailEntry[]>>({ status: "loading" });
  const [check, setCheck] = useState<Loaded<AuditVerification>>({ status: "loading" });
  // A late answer to an earlier request must not overwrite a newer one.
  const turn = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++turn.current;
    setEntries({ status: "loading" });
    setCheck({ status: "loading" });
    const [list, verified] = await Promise.allSettled([api.listAuditTrail({ limit: RECENT_ENTRIES }), api.verifyAuditTrail({})]);
    if (mine !== turn.current) return;
    setEntries(list.status === "fulfilled" ? { status: "ready", value: list.value } : { status: "failed", error: list.reason });
    setCheck(verified.status === "fulfilled" ? { status: "ready", value: verified.value } : { status: "failed", error: verified.reason });
  }, [api]);

  useEffect(() => void reload(), [reload]);
  return { entries, check, reload };
}
