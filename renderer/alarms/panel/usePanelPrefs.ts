/** The panel's filter, sort and grouping as React state, read once and saved on every change. */
import { useCallback, useState } from "react";
import { windowRole } from "../../shell/windowRole";
import { loadPrefs, savePrefs, type PanelPrefs } from "./panelPrefs";

/** localStorage, or null where the browser refuses it (the panel then just forgets). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function usePanelPrefs(): [PanelPrefs, (update: (p: PanelPrefs) => PanelPrefs) => void] {
  const [role] = useState(() => windowRole(window.location.search));
  const [prefs, setPrefs] = useState(() => loadPrefs(browserStorage(), role));
  const update = useCallback(
    (fn: (p: PanelPrefs) => PanelPrefs) =>
      setPrefs((p) => {
        const next = fn(p);
        savePrefs(browserStorage(), role, next);
        return next;
      }),
    [role],
  );
  return [prefs, update];
}
