/**
 * Escape closes the map's asset popup and gives the keyboard back to the map, as a control
 * room run from the keyboard expects. Leaflet's own Escape works only while the map container
 * itself has the focus; after a marker is clicked the focus is on that marker (or on the page,
 * once the marker layer redraws), so the popup stayed open.
 */
import type L from "leaflet";
import { useEffect, type RefObject } from "react";

/** Escape belongs to a dialog, a menu or a text field first (the map's search clears itself). */
function escapeIsTheMaps(e: KeyboardEvent): boolean {
  if (e.key !== "Escape" || e.defaultPrevented) return false;
  if (document.querySelector(".bp6-overlay-open")) return false;
  const el = e.target instanceof HTMLElement ? e.target : null;
  return !el?.closest("input, textarea, select, [contenteditable=true]");
}

/** While `open`, Escape closes `popup` and focuses the map; the asset stays selected. */
export function useEscapeClosesPopup(open: boolean, map: RefObject<L.Map | null>, popup: RefObject<L.Popup | null>): void {
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (!escapeIsTheMaps(e)) return;
      // Capture phase and handled: the alarm detail's own Escape waits for the next press.
      e.preventDefault();
      popup.current?.remove();
      map.current?.getContainer().focus({ preventScroll: true });
    };
    document.addEventListener("keydown", onKey, { capture: true });
    return () => document.removeEventListener("keydown", onKey, { capture: true });
  }, [open, map, popup]);
}
