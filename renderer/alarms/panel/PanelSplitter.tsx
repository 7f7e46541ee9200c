/**
 * The splitter between the map and the alarm panel: a focusable separator moved by pointer drag
 * or the arrow keys (PageUp/PageDown for bigger steps, Home/End to the bounds). The panel's share
 * is written as --alarm-split on the workspace grid (layout.css), so only the grid re-lays out,
 * and saved per window role.
 */
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { windowRole } from "../../shell/windowRole";
import { loadSplit, saveSplit, SPLIT_MAX, SPLIT_MIN, splitAfterKey, splitAtPointer } from "./splitterSize";
import { browserStorage } from "./usePanelPrefs";

export function PanelSplitter() {
  const { t } = useTranslation();
  const [role] = useState(() => windowRole(window.location.search));
  const [split, setSplit] = useState(() => loadSplit(browserStorage(), role));
  const ref = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);

  useEffect(() => {
    ref.current?.parentElement?.style.setProperty("--alarm-split", `${split}%`);
  }, [split]);

  const commit = (next: number) => {
    setSplit(next);
    saveSplit(browserStorage(), role, next);
  };
  const atPointer = (clientY: number) => {
    const box = ref.current?.parentElement?.getBoundingClientRect();
    return box ? splitAtPointer(clientY, box.top, box.height) : split;
  };

  return (
    <div
      ref={ref}
      role="separator"
      aria-orientation="horizontal"
      aria-label={t("panel.splitter")}
      aria-valuenow={Math.round(split)}
      aria-valuemin={SPLIT_MIN}
      aria-valuemax={SPLIT_MAX}
      tabIndex={0}
      className="panel-splitter"
      data-testid="panel-splitter"
      onKeyDown={(e) => {
        const next = splitAfterKey(e.key, split);
        if (next === null) return;
        e.preventDefault();
        commit(next);
      }}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        dragging.current = true;
        e.currentTarget.setPointerCapture(e.pointerId);
        e.preventDefault();
      }}
      onPointerMove={(e) => {
        if (dragging.current) setSplit(atPointer(e.clientY));
      }}
      onPointerUp={(e) => {
        if (!dragging.current) return;
        dragging.current = false;
        commit(atPointer(e.clientY));
      }}
      onPointerCancel={() => {
        dragging.current = false;
        saveSplit(browserStorage(), role, split);
      }}
    />
  );
}
