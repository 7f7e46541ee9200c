/**
 * Which screen the operator window shows: operations (map and alarm list), trends, alarm history,
 * alarm KPIs, or, for an engineer, engineering (address-space browser and asset model); for
 * supervisors and engineers the audit trail. The choice lives in the URL (`?view=overview`, `?view=trends`, `?view=history`,
 * `?view=kpis`, `?view=engineering`, `?view=audit`), so a reload keeps it,
 * a browser or a second monitor can be opened on one view, and Back returns to the previous one.
 */
import { Button, ButtonGroup } from "@blueprintjs/core";
import { useSyncExternalStore, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { mayOpenAudit } from "../audit/auditAccess";
import { mayOpenHandover } from "../handover/handoverAccess";
import { tk } from "../i18n/keys";
import { useRoomSelector } from "../state/RoomContext";

export const VIEWS = ["operations", "overview", "trends", "history", "kpis", "handover", "engineering", "audit"] as const;
export type View = (typeof VIEWS)[number];

const VIEW_LABEL = {
  operations: tk("view.operations"),
  overview: tk("overview.viewName"),
  trends: tk("view.trends"),
  history: tk("view.history"),
  kpis: tk("view.kpis"),
  handover: tk("handover.viewName"),
  engineering: tk("engineering.viewName"),
  audit: tk("audit.viewName"),
} as const satisfies Record<View, string>;

/** For top bars under 1500 px, where the long names would push the person and language off. */
const VIEW_SHORT = {
  operations: tk("view.operationsShort"),
  overview: tk("overview.viewShort"),
  trends: tk("view.trendsShort"),
  history: tk("view.historyShort"),
  kpis: tk("view.kpisShort"),
  handover: tk("handover.viewShort"),
  engineering: tk("engineering.viewShort"),
  audit: tk("audit.viewShort"),
} as const satisfies Record<View, string>;

const VIEW_ICON = { operations: "map", overview: "grid-view", trends: "timeline-line-chart", history: "history", kpis: "dashboard", handover: "clipboard", engineering: "diagram-tree", audit: "shield" } as const satisfies Record<View, string>;

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

/**
 * A radio group of Blueprint buttons, as the language switch is: arrows move and choose (the
 * radio-group pattern), Tab enters on the chosen view. Narrow screens show the short names;
 * the full name stays the button's accessible name and tooltip.
 */
export function ViewSwitch() {
  const { t } = useTranslation();
  const view = useView();
  // Engineering is offered to the engineer permission only (the core refuses everyone else anyway).
  const engineer = useRoomSelector((s) => s.sessionInfo?.may.engineer ?? false);
  // The audit trail is offered to supervisors and engineers (audit/auditAccess.ts).
  const auditor = useRoomSelector((s) => mayOpenAudit(s.sessionInfo));
  // The shift handover is offered to whoever may sign its note (handover/handoverAccess.ts).
  const handover = useRoomSelector((s) => mayOpenHandover(s.sessionInfo));
  const views = VIEWS.filter((v) => (v !== "engineering" || engineer || view === "engineering") && (v !== "audit" || auditor || view === "audit") && (v !== "handover" || handover || view === "handover"));
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.key === "ArrowRight" || e.key === "ArrowDown" ? 1 : e.key === "ArrowLeft" || e.key === "ArrowUp" ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const next = views[(views.indexOf(view) + step + views.length) % views.length]!;
    showView(next);
    e.currentTarget.querySelector<HTMLElement>(`[data-view-option="${next}"]`)?.focus();
  };
  return (
    <ButtonGroup className="view-switch" role="radiogroup" aria-label={t("view.label")} data-testid="view-switch" data-view={view} onKeyDown={onKeyDown}>
      {views.map((v) => {
        const selected = v === view;
        return (
          <Button
            key={v}
            size="small"
            variant={selected ? "solid" : "minimal"}
            role="radio"
            aria-checked={selected}
            aria-label={t(VIEW_LABEL[v])}
            title={t(VIEW_LABEL[v])}
            tabIndex={selected ? 0 : -1}
            icon={VIEW_ICON[v]}
            data-view-option={v}
            data-testid={`view-${v}`}
            onClick={() => showView(v)}
          >
            <span className="view-name-long">{t(VIEW_LABEL[v])}</span>
            <span className="view-name-short">{t(VIEW_SHORT[v])}</span>
          </Button>
        );
      })}
    </ButtonGroup>
  );
}
