/**
 * Which screen the operator window shows: operations (map and alarm list), alarm history or
 * alarm KPIs. The choice lives in the URL (`?view=history`, `?view=kpis`), so a reload keeps it,
 * a browser or a second monitor can be opened on one view, and Back returns to the previous one.
 */
import { SegmentedControl } from "@blueprintjs/core";
import { useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { tk } from "../i18n/keys";

export const VIEWS = ["operations", "history", "kpis"] as const;
export type View = (typeof VIEWS)[number];

const VIEW_LABEL = {
  operations: tk("view.operations"),
  history: tk("view.history"),
  kpis: tk("view.kpis"),
} as const satisfies Record<View, string>;

export function viewFromSearch(search: string): View {
  const v = new URLSearchParams(search).get("view");
  return (VIEWS as readonly string[]).includes(v ?? "") ? (v as View) : "operations";
}

const CHANGED = "ccr:view-changed";

function subscribe(listener: () => void): () => void {
  window.addEventListener("popstate", listener);
  window.addEventListener(CHANGED, listener);
  return () => {
    window.removeEventListener("popstate", listener);
    window.removeEventListener(CHANGED, listener);
  };
}

export function useView(): View {
  return useSyncExternalStore(subscribe, () => viewFromSearch(window.location.search));
}

/** Keeps every other parameter (the host's token, the window role) as it is. */
export function showView(view: View): void {
  const url = new URL(window.location.href);
  if (view === "operations") url.searchParams.delete("view");
  else url.searchParams.set("view", view);
  if (url.href === window.location.href) return;
  window.history.pushState(null, "", url);
  window.dispatchEvent(new Event(CHANGED));
}

export function ViewSwitch() {
  const { t } = useTranslation();
  const view = useView();
  return (
    <SegmentedControl
      className="view-switch"
      aria-label={t("view.label")}
      data-testid="view-switch"
      data-view={view}
      size="small"
      value={view}
      onValueChange={(v) => showView(v as View)}
      options={VIEWS.map((v) => ({ value: v, label: t(VIEW_LABEL[v]) }))}
    />
  );
}
