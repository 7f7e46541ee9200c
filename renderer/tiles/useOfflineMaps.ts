/**
 * The workstation's offline maps as this window knows them: asked once, then kept current by
 * the core's `offline` topic (files, revision, the running job's progress). One subscription
 * per component that needs it; the topic carries a few small messages a second at most.
 */
import { useEffect, useState } from "react";
import type { ControlRoomApi, OfflineMapStatus } from "../../contract/api";

export function useOfflineMaps(api: ControlRoomApi): { status: OfflineMapStatus | null; error: unknown } {
  const [status, setStatus] = useState<OfflineMapStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    let heard = false;
    const off = api.on("offline", (s) => {
      heard = true;
      if (live) setStatus(s);
    });
    api.getOfflineMaps({}).then(
      (s) => {
        // An event that came while the call was on its way is newer.
        if (live && !heard) setStatus(s);
      },
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
      off();
    };
  }, [api]);
  return { status, error };
}
