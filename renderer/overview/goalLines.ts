/**
 * What a tile says about its service's goal, as plain lines a test can read: label, value in the
 * window's language, a note (how much of the period it stands on, the limit), and whether it is
 * missing (history does not reach: said in words, never a number) or abnormal (the only lines
 * given colour, ISA-101).
 */
import type { TFunction } from "i18next";
import type { AirQuality, CityOverview, EnergyUse, ParkingUse, PeriodAmount, Sparkline, TrafficSignals, WasteFill, WaterLoss } from "../../contract/api";
import { tk, type Key } from "../i18n/keys";
import { changeText, countText, energyText, percentText, quantityText } from "./figureText";

export interface GoalLine {
  id: string;
  label: string;
  value: string;
  note?: string;
  missing?: boolean;
  abnormal?: boolean;
}

export interface Goal {
  title: string;
  lines: GoalLine[];
  spark: Sparkline | null;
}

/** "city" or a district's name. */
export type Scope = string;

const GOAL_TITLE = {
  lighting: tk("overview.lighting.goal"),
  heating: tk("overview.heating.goal"),
  water: tk("overview.water.goal"),
  parking: tk("overview.parking.goal"),
  waste: tk("overview.waste.goal"),
  air: tk("overview.air.goal"),
  traffic: tk("overview.traffic.goal"),
} as const;

type GoalService = keyof typeof GOAL_TITLE;

const AIR_BAND: Record<number, Key> = {
  1: tk("overview.air.band.1"),
  2: tk("overview.air.band.2"),
  3: tk("overview.air.band.3"),
  4: tk("overview.air.band.4"),
  5: tk("overview.air.band.5"),
  6: tk("overview.air.band.6"),
};

function period(id: string, label: string, p: PeriodAmount, none: string, t: TFunction, locale: string): GoalLine {
  if (p.value === null) return { id, label, value: none, missing: true };
  return { id, label, value: energyText(p.value, locale), ...(p.coverage === "partial" ? { note: t("overview.partial", { share: percentText(p.share, locale) }) } : {}) };
}

function energyLines(e: EnergyUse, t: TFunction, locale: string): GoalLine[] {
  const today = period("today", t("overview.today"), e.today, t("overview.noToday"), t, locale);
  // A change only between two whole periods: a partial day against a full one says nothing.
  const change = e.today.coverage === "full" && e.yesterday.coverage === "full" ? changeText(e.today.value!, e.yesterday.value, locale) : null;
  if (change && !today.note) today.note = t("overview.versus", { change });
  return [
    today,
    period("yesterday", t("overview.yesterday"), e.yesterday, t("overview.noYesterday"), t, locale),
    period("lastWeek", t("overview.lastWeek"), e.lastWeek, t("overview.noLastWeek"), t, locale),
  ];
}

function waterLines(w: WaterLoss, t: TFunction, locale: string): GoalLine[] {
  if (w.nightFlow === null) return [{ id: "night", label: t("overview.water.night"), value: t("overview.water.noNight"), missing: true }];
  const zones = t("overview.water.zones", { measured: countText(w.measured, locale), zones: countText(w.zones, locale) });
  return [
    { id: "night", label: t("overview.water.night"), value: quantityText(w.nightFlow, "l/s", locale), note: zones },
    { id: "supply", label: t("overview.water.supply"), value: w.supply === null ? "—" : quantityText(w.supply, "l/s", locale) },
    { id: "share", label: t("overview.water.share"), value: w.share === null ? "—" : percentText(w.share, locale) },
  ];
}

function parkingLines(p: ParkingUse, t: TFunction, locale: string): GoalLine[] {
  if (p.share === null) return [{ id: "share", label: t("overview.parking.goal"), value: t("overview.parking.none"), missing: true }];
  return [
    {
      id: "share",
      label: t("overview.parking.spaces", { occupied: countText(p.occupied, locale), capacity: countText(p.capacity, locale) }),
      value: percentText(p.share, locale),
      note: t("overview.parking.reporting", { reporting: countText(p.reporting, locale), lots: countText(p.lots, locale) }),
      abnormal: p.share >= 0.95,
    },
  ];
}

function wasteLines(w: WasteFill, limits: CityOverview["limits"], t: TFunction, locale: string): GoalLine[] {
  if (w.meanFill === null) return [{ id: "mean", label: t("overview.waste.mean"), value: t("overview.waste.none"), missing: true }];
  return [
    { id: "mean", label: t("overview.waste.mean"), value: percentText(w.meanFill / 100, locale) },
    { id: "full", label: t("overview.waste.full", { percent: percentText(limits.fullPercent / 100, locale) }), value: countText(w.full, locale), abnormal: w.full > 0 },
    {
      id: "overdue",
      label: t("overview.waste.overdue", { hours: countText(limits.overdueHours, locale) }),
      value: countText(w.overdue, locale),
      abnormal: w.overdue > 0,
      ...(w.overdueUnknown > 0 ? { note: t("overview.waste.overdueUnknown", { n: countText(w.overdueUnknown, locale) }) } : {}),
    },
  ];
}

function airLines(a: AirQuality, limits: CityOverview["limits"], t: TFunction, locale: string): GoalLine[] {
  if (a.worstIndex === null) return [{ id: "index", label: t("overview.air.index"), value: t("overview.air.none"), missing: true }];
  const band = AIR_BAND[a.worstIndex];
  const limit = t("overview.air.limit", { limit: quantityText(limits.pm10DailyLimit, "µg/m³", locale, 0) });
  return [
    { id: "index", label: t("overview.air.index"), value: `${a.worstIndex} · ${band ? t(band) : ""}`, abnormal: a.worstIndex >= 4 },
    a.pm10DayMean === null
      ? { id: "pm10", label: t("overview.air.pm10"), value: t("overview.noToday"), missing: true }
      : {
          id: "pm10",
          label: t("overview.air.pm10"),
          value: quantityText(a.pm10DayMean, "µg/m³", locale),
          // The limit is for a whole day's mean: a part day's is said to be one.
          note: a.pm10Share < 0.999 ? `${limit} · ${t("overview.partial", { share: percentText(a.pm10Share, locale) })}` : limit,
          abnormal: a.pm10DayMean > limits.pm10DailyLimit,
        },
    { id: "over", label: t("overview.air.over"), value: countText(a.overLimit, locale), abnormal: a.overLimit > 0 },
  ];
}

function trafficLines(s: TrafficSignals, t: TFunction, locale: string): GoalLine[] {
  if (s.reporting === 0) return [{ id: "notNormal", label: t("overview.traffic.notNormal"), value: t("overview.traffic.none"), missing: true }];
  return [
    {
      id: "notNormal",
      label: t("overview.traffic.notNormal"),
      value: countText(s.notNormal, locale),
      note: t("overview.traffic.reporting", { reporting: countText(s.reporting, locale), signals: countText(s.signals, locale) }),
      abnormal: s.notNormal > 0,
    },
  ];
}

function pick<F>(figures: { city: F; districts: Record<string, F> }, scope: Scope): F | undefined {
  return scope === "city" ? figures.city : figures.districts[scope];
}

/** The goal of a service in a scope; null for a service without figures (or a district it has nothing in). */
export function goalOf(service: string, o: CityOverview, scope: Scope, t: TFunction, locale: string): Goal | null {
  if (!Object.hasOwn(GOAL_TITLE, service)) return null;
  const s = service as GoalService;
  const title = t(GOAL_TITLE[s]);
  // The sparkline is the city's: a district's would be one more query per district and tile.
  const withSpark = (lines: GoalLine[] | null, spark: Sparkline | null): Goal | null => (lines ? { title, lines, spark } : null);
  switch (s) {
    case "lighting":
    case "heating": {
      const f = pick(o[s], scope);
      return withSpark(f && f.assets > 0 ? energyLines(f, t, locale) : null, o[s].spark);
    }
    case "water": {
      const f = pick(o.water, scope);
      return withSpark(f && f.zones > 0 ? waterLines(f, t, locale) : null, o.water.spark);
    }
    case "parking": {
      const f = pick(o.parking, scope);
      return withSpark(f && f.lots > 0 ? parkingLines(f, t, locale) : null, o.parking.spark);
    }
    case "waste": {
      const f = pick(o.waste, scope);
      return withSpark(f && f.containers > 0 ? wasteLines(f, o.limits, t, locale) : null, o.waste.spark);
    }
    case "air": {
      const f = pick(o.air, scope);
      return withSpark(f && f.stations > 0 ? airLines(f, o.limits, t, locale) : null, o.air.spark);
    }
    case "traffic": {
      const f = pick(o.traffic, scope);
      return withSpark(f && f.signals > 0 ? trafficLines(f, t, locale) : null, null);
    }
  }
}
