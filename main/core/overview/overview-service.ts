/**
 * readOverview: the city overview's figures (contract/overview.ts), computed on demand from the
 * asset model, the tag cache and the historian's store. Several windows (a wall, a supervisor's
 * desk) ask every few seconds; one computation serves them all for CACHE_MS, and one running
 * computation is shared rather than started twice.
 */
import type { AssetInfo, CityOverview } from "../../../contract/api";
import { comparedPeriods, energyUse } from "./energy-figures";
import { HistorySlots, type HistoryStore } from "./history-slots";
import { airQuality, FULL_PERCENT, OVERDUE_HOURS, parkingUse, PM10_DAILY_LIMIT, trafficSignals, wasteFill, type Current } from "./live-figures";
import { assetsWith } from "./overview-assets";
import { sparkline } from "./sparklines";
import { waterLosses } from "./water-figures";

const CACHE_MS = 5_000;

export interface OverviewDeps {
  assets(): readonly AssetInfo[];
  current: Current;
  store: HistoryStore;
  /** Writes what the historian buffered, so the figures include the last second. */
  flush(): Promise<void>;
  timeZone: string;
  now?: () => number;
}

export class OverviewService {
  private last: { at: number; figures: Promise<CityOverview> } | null = null;

  constructor(private readonly deps: OverviewDeps) {}

  read(): Promise<CityOverview> {
    const now = (this.deps.now ?? Date.now)();
    if (this.last && now - this.last.at < CACHE_MS) return this.last.figures;
    const figures = this.compute(now);
    this.last = { at: now, figures };
    // A failed computation is not kept: the next window asks again.
    figures.catch(() => {
      if (this.last?.figures === figures) this.last = null;
    });
    return figures;
  }

  async compute(now: number): Promise<CityOverview> {
    const { timeZone, current } = this.deps;
    await this.deps.flush();
    const assets = this.deps.assets();
    const districts = [...new Set(assets.map((a) => a.district).filter((d) => d))].sort((a, b) => a.localeCompare(b));
    const slots = new HistorySlots(this.deps.store);
    const periods = comparedPeriods(now, timeZone);

    const cabinets = assetsWith(assets, "lighting", ["LightingCabinet"], ["Energy", "Power"]);
    const substations = assetsWith(assets, "heating", ["Substation"], ["HeatPower"]);
    const zones = assetsWith(assets, "water", ["PressureZone"], ["Flow"]);
    const lots = assetsWith(assets, "parking", ["Garage", "StreetZone"], ["Occupied", "Capacity", "Occupancy"]);
    const containers = assetsWith(assets, "waste", ["Container"], ["FillLevel"]);
    const stations = assetsWith(assets, "air", ["AirStation"], ["PM10", "AirQualityIndex"]);
    const signals = assetsWith(assets, "traffic", ["SignalController"], ["Mode"]);

    const [lighting, lightingSpark, heating, heatingSpark, water, waterSpark, parkingSpark, waste, wasteSpark, air, airSpark] = await Promise.all([
      energyUse(cabinets, "Energy", "counter", periods, slots, districts),
      sparkline(cabinets, "Power", "sum", "kW", now, slots),
      energyUse(substations, "HeatPower", "power", periods, slots, districts),
      sparkline(substations, "HeatPower", "sum", "kW", now, slots),
      waterLosses(zones, now, timeZone, slots, districts),
      sparkline(zones, "Flow", "sum", "l/s", now, slots),
      sparkline(lots, "Occupancy", "mean", "%", now, slots),
      wasteFill(containers, current, slots, now, districts),
      sparkline(containers, "FillLevel", "mean", "%", now, slots),
      airQuality(stations, current, slots, now, timeZone, districts),
      sparkline(stations, "PM10", "max", "µg/m³", now, slots),
    ]);
    return {
      computedAt: now,
      districts,
      lighting: { ...lighting, spark: lightingSpark },
      heating: { ...heating, spark: heatingSpark },
      water: { ...water, spark: waterSpark },
      parking: { ...parkingUse(lots, current, districts), spark: parkingSpark },
      waste: { ...waste, spark: wasteSpark },
      air: { ...air, spark: airSpark },
      traffic: { ...trafficSignals(signals, current, districts), spark: null },
      limits: { pm10DailyLimit: PM10_DAILY_LIMIT, fullPercent: FULL_PERCENT, overdueHours: OVERDUE_HOURS },
    };
  }
}
