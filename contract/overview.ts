/**
 * The city overview (issue #8 item 4): the seed's goals (fewer communal problems, less
 * pollution, energy savings) as figures per service and per district, computed by the core from
 * live values and the historian. A figure the history does not reach says so (coverage), it
 * never carries a number made up for the missing part. Read-only, any window.
 */
import { z } from "zod";

export const readOverviewArgs = z.object({}).strict();

/** How much of a period the historian recorded: all of it, part (value is what was seen), nothing. */
export type Coverage = "full" | "partial" | "none";

/** An amount over one period (energy in kWh). */
export interface PeriodAmount {
  from: number;
  to: number;
  /** Null when nothing of the period was recorded. */
  value: number | null;
  coverage: Coverage;
  /** With partial coverage: the share of the period (0..1) the value stands on. */
  share: number;
}

/** Energy used today so far, and over the same hours of yesterday and of the same weekday a week ago. */
export interface EnergyUse {
  today: PeriodAmount;
  yesterday: PeriodAmount;
  lastWeek: PeriodAmount;
  assets: number;
}

/** Minimum night flow (02–04 local time) of the pressure zones against their average supply. */
export interface WaterLoss {
  nightFrom: number;
  nightTo: number;
  /** l/s, the sum of the zones' minimum night flows; null when no zone was recorded that night. */
  nightFlow: number | null;
  /** l/s, the same zones' average flow over the 24 h before the night's end. */
  supply: number | null;
  /** nightFlow / supply (0..1). */
  share: number | null;
  zones: number;
  /** Zones whose night was recorded (the sums hold only these). */
  measured: number;
}

export interface ParkingUse {
  occupied: number;
  capacity: number;
  /** occupied / capacity (0..1) of the lots that report; null when none does. */
  share: number | null;
  lots: number;
  reporting: number;
}

export interface WasteFill {
  /** Mean fill level in percent of the containers that report. */
  meanFill: number | null;
  /** At or above the full mark now. */
  full: number;
  /** Full for at least `overdueHours` (recorded throughout): the collection is overdue. */
  overdue: number;
  /** Full now, but not recorded long enough to tell whether it is overdue. */
  overdueUnknown: number;
  containers: number;
  reporting: number;
}

export interface AirQuality {
  /** The worst European Air Quality Index band now (1 good .. 6 extremely poor). */
  worstIndex: number | null;
  /** The highest station mean of PM10 today (µg/m³), against the daily limit value. */
  pm10DayMean: number | null;
  /** Share of today so far (0..1) the PM10 means stand on, over the stations that have one. */
  pm10Share: number;
  /** Stations whose PM10 mean today is over the daily limit. */
  overLimit: number;
  stations: number;
  reporting: number;
}

export interface TrafficSignals {
  /** Signals not in normal operation (flashing, dark, manual) now. */
  notNormal: number;
  signals: number;
  reporting: number;
}

/** One point per hour, oldest first; null where nothing was recorded. */
export interface Sparkline {
  start: number;
  stepMs: number;
  values: (number | null)[];
  /** The unit of the values, as the simulator's servers name it (kW, l/s, %, µg/m³). */
  unit: string;
}

export interface ServiceFigures<F> {
  city: F;
  /** By district (municipality) name. */
  districts: Record<string, F>;
  spark: Sparkline | null;
}

export interface CityOverview {
  computedAt: number;
  /** The districts the site's assets lie in, sorted. */
  districts: string[];
  lighting: ServiceFigures<EnergyUse>;
  heating: ServiceFigures<EnergyUse>;
  water: ServiceFigures<WaterLoss>;
  parking: ServiceFigures<ParkingUse>;
  waste: ServiceFigures<WasteFill>;
  air: ServiceFigures<AirQuality>;
  traffic: ServiceFigures<TrafficSignals>;
  limits: { pm10DailyLimit: number; fullPercent: number; overdueHours: number };
}
