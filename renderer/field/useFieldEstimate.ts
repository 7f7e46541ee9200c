/** The size of what the form asks for, asked of the core a moment after the person stops changing it. */
import { useEffect, useState } from "react";
import type { ControlRoomApi, FieldEstimate } from "../../contract/api";
import { messageOf } from "../state/errorMessage";
import { areaOf, periodOf, zoomsOf, type FieldForm } from "./fieldRequest";

const SETTLE_MS = 300;

export function useFieldEstimate(api: ControlRoomApi, form: FieldForm, revision: number): { estimate: FieldEstimate | null; error: string | null; pending: boolean } {
  const [answer, setAnswer] = useState<{ estimate: FieldEstimate | null; error: string | null; pending: boolean }>({ estimate: null, error: null, pending: true });
  const key = JSON.stringify({ area: areaOf(form), zooms: zoomsOf(form), period: form.period, revision });
  useEffect(() => {
    const { area, zooms, period } = JSON.parse(key) as { area: ReturnType<typeof areaOf>; zooms: number[]; period: FieldForm["period"] };
    if (!area) {
      setAnswer({ estimate: null, error: null, pending: false });
      return;
    }
    let live = true;
    setAnswer((a) => ({ ...a, pending: true }));
    const timer = window.setTimeout(() => {
      const { from, to } = periodOf({ period }, Date.now());
      api.estimateField({ area, zooms, from, to }).then(
        (estimate) => live && setAnswer({ estimate, error: null, pending: false }),
        (err: unknown) => live && setAnswer({ estimate: null, error: messageOf(err), pending: false }),
      );
    }, SETTLE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
    // The key holds everything the request depends on; the form object changes identity on every keystroke.
  }, [api, key]);
  return answer;
}
