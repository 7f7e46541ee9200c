/**
 * The horn of this window: the decision from the store (hornDecision), this window's setting,
 * and the audio following both. Audio is resumed on the first click or key anywhere in the page,
 * since browsers keep it suspended until then.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { RoomState, RoomStore } from "../state/roomState";
import { memoSelector, useStoreSelector } from "../state/store";
import type { WindowRole } from "../shell/windowRole";
import { createHorn } from "./horn";
import { createSilenceTracker, hornDemand, hornState, type HornState } from "./hornDecision";
import { loadHornSetting, saveHornSetting, type HornSetting } from "./hornSetting";

export interface HornControl {
  state: HornState;
  /** The horn wants to sound but the browser keeps audio off until a click or a key. */
  blocked: boolean;
  setting: HornSetting;
  changeSetting(update: Partial<HornSetting>): void;
}

export function useHorn(store: RoomStore, role: WindowRole): HornControl {
  const [setting, setSetting] = useState(() => loadHornSetting(role));
  const [tracker] = useState(createSilenceTracker);
  const [horn] = useState(createHorn);
  const { soundLow } = setting;
  const select = useMemo(
    () =>
      memoSelector(
        (s: RoomState) => [s.alarms, tracker(s)],
        (alarms, silence) => hornDemand(alarms.values(), silence, { soundLow }),
      ),
    [tracker, soundLow],
  );
  const state = hornState(useStoreSelector(store, select), setting.on);
  const blocked = useSyncExternalStore(horn.onChange, horn.blocked);

  useEffect(() => {
    horn.play(state === "off" || state === "silenced" || state === "quiet" ? null : state);
  }, [horn, state]);

  useEffect(() => {
    const unlock = () => horn.unlock();
    window.addEventListener("pointerdown", unlock, true);
    window.addEventListener("keydown", unlock, true);
    return () => {
      window.removeEventListener("pointerdown", unlock, true);
      window.removeEventListener("keydown", unlock, true);
    };
  }, [horn]);

  useEffect(() => () => horn.dispose(), [horn]);

  const changeSetting = useCallback(
    (update: Partial<HornSetting>) =>
      setSetting((old) => {
        const next = { ...old, ...update };
        saveHornSetting(role, next);
        return next;
      }),
    [role],
  );
  return { state, blocked, setting, changeSetting };
}
