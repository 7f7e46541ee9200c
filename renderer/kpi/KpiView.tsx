/**
 * The alarm KPI screen (EEMUA 191 / ISA-18.2) for a shift review: each figure beside its target,
 * the services and operator positions side by side, the priority split and the ten worst
 * conditions. Opens on this shift, at the signed-in person's position when the site gives one.
 */
import { Button, Callout, FormGroup, HTMLSelect, Spinner } from "@blueprintjs/core";
import { useCallback, useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { describeError } from "../i18n/describeError";
import { useFormats } from "../i18n/useFormats";
import { RangePicker } from "../history/RangePicker";
import { resolveRange, type RangeChoice } from "../history/timeRange";
import { useRangeProblem } from "../history/useRangeProblem";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import { serviceName } from "../values/serviceNames";
import { KpiBadActors } from "./KpiBadActors";
import { KpiFigureCard } from "./KpiFigureCard";
import { kpiFigures } from "./kpiFigures";
import { KpiPrioritySplit } from "./KpiPrioritySplit";
import { KpiReview } from "./KpiReview";
import { KpiBreakdownTable } from "./KpiBreakdownTable";
import { servicesInScope, useKpis } from "./useKpis";
import type { OperatorPosition } from "../../contract/api";

const SHIFT: RangeChoice = { preset: "shift", customFrom: "", customTo: "" };
const NO_SERVICES: readonly string[] = [];
const NO_POSITIONS: readonly OperatorPosition[] = [];

export function KpiView() {
  const { t } = useTranslation();
  const { api } = useRoom();
  const formats = useFormats();
  const services = useRoomSelector((s) => s.site?.services ?? NO_SERVICES);
  const positions = useRoomSelector((s) => s.site?.positions ?? NO_POSITIONS);
  const myPosition = useRoomSelector((s) => s.sessionInfo?.person?.position ?? "");
  const [range, setRange] = useState<RangeChoice>(SHIFT);
  const [position, setPosition] = useState(myPosition);
  const [service, setService] = useState("");
  const { result, load } = useKpis(api, services, positions);
  const rangeProblem = useRangeProblem(range);
  const serviceChoices = servicesInScope({ position: position || null }, services, positions);

  const run = useCallback(
    (choice: RangeChoice, svc: string, desk: string) => {
      const r = resolveRange(choice, Date.now(), formats.timeZone);
      if (r.ok) void load({ from: r.from, to: r.to, service: svc || null, position: desk || null });
    },
    [formats.timeZone, load],
  );
  // A person signing in (or out) opens the review at their own desk.
  useEffect(() => {
    setPosition(myPosition);
    setService("");
    run(SHIFT, "", myPosition);
  }, [run, myPosition]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    run(range, service, position);
  };
  const choosePosition = (desk: string) => {
    setPosition(desk);
    // A service outside the new desk would ask for nothing.
    if (service && !servicesInScope({ position: desk || null }, services, positions).includes(service)) setService("");
  };
  const kpis = result.kpis;
  const figures = kpis ? kpiFigures(kpis) : [];
  const peakAt = kpis?.per10Minutes.peakAt;

  return (
    <main className="kpi-view panel" data-testid="kpi-view" aria-labelledby="kpi-title">
      <header className="panel-header kpi-header">
        <h2 className="panel-title" id="kpi-title">
          {t("kpi.title")}
        </h2>
        {result.request && (
          <span className="panel-summary" data-testid="kpi-range-summary">
            {result.request.position !== null && (
              <span data-testid="kpi-position-summary">{positions.find((p) => p.id === result.request?.position)?.name ?? result.request.position} · </span>
            )}
            {t("kpi.range", {
              from: formats.dateTime(result.request.from),
              to: formats.dateTime(result.request.to),
              zone: formats.timeZone,
            })}
          </span>
        )}
      </header>
      <form className="history-filters kpi-filters" aria-label={t("kpi.filtersAria")} onSubmit={submit}>
        <RangePicker value={range} onChange={setRange} idPrefix="kpi" problem={rangeProblem} />
        {positions.length > 0 && (
          <FormGroup label={t("kpi.position")} labelFor="kpi-position" className="filter-field">
            <HTMLSelect id="kpi-position" data-testid="kpi-position" value={position} onChange={(e) => choosePosition(e.currentTarget.value)}>
              <option value="">{t("kpi.allPositions")}</option>
              {positions.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </HTMLSelect>
          </FormGroup>
        )}
        <FormGroup label={t("kpi.service")} labelFor="kpi-service" className="filter-field">
          <HTMLSelect id="kpi-service" data-testid="kpi-service" value={service} onChange={(e) => setService(e.currentTarget.value)}>
            <option value="">{t("kpi.allServices")}</option>
            {serviceChoices.map((s) => (
              <option key={s} value={s}>
                {serviceName(s, t)}
              </option>
            ))}
          </HTMLSelect>
        </FormGroup>
        <div className="filter-buttons">
          <Button type="submit" intent="primary" icon="refresh" loading={result.status === "loading"} data-testid="kpi-show" text={t("kpi.show")} />
        </div>
      </form>
      {result.status === "failed" && (
        <Callout intent="danger" className="history-error" data-testid="kpi-error">
          {t("kpi.failed", { message: describeError(result.error, t) })}
        </Callout>
      )}
      <div className="kpi-body" data-testid="kpi-body" aria-busy={result.status === "loading"}>
        {!kpis && result.status === "loading" && <Spinner size={32} className="history-spinner" aria-label={t("kpi.loading")} />}
        {kpis && (
          <>
            <div className="kpi-cards">
              {figures.map((line) => (
                <KpiFigureCard
                  key={line.id}
                  line={line}
                  note={
                    line.id === "peak10" && peakAt != null
                      ? t("kpi.peakAt", { time: formats.until(peakAt) })
                      : line.id === "flood"
                        ? t("kpi.floods", { count: kpis.floods, n: formats.number(kpis.floods) })
                        : undefined
                  }
                />
              ))}
            </div>
            {result.byPosition.length > 0 && (
              <KpiBreakdownTable by="position" rows={result.byPosition.map(({ position: p, kpis: k }) => ({ key: p.id, label: p.name, kpis: k }))} />
            )}
            {result.byService.length > 0 && (
              <KpiBreakdownTable by="service" rows={result.byService.map(({ service: s, kpis: k }) => ({ key: s, label: serviceName(s, t), kpis: k }))} />
            )}
            <div className="kpi-columns">
              <KpiPrioritySplit kpis={kpis} />
              <KpiBadActors kpis={kpis} />
            </div>
            <KpiReview kpis={kpis} />
          </>
        )}
      </div>
    </main>
  );
}
