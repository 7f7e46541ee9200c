/**
 * Air quality: stations of the city and the Serbian Environmental Protection Agency network.
 * Niš's worst air comes on calm winter mornings (household heating and inversions over the
 * valley); summer brings ozone on hot afternoons. Limits are the hourly information and alert
 * thresholds of EU Directive 2008/50/EC, which Serbian law follows.
 */
import { place, scaledCount } from "../fleet";
import { clamp, round } from "../numbers";
import { trafficIntensity } from "../rhythms";
import type { AssetSpec, ServiceDefinition, TagValue } from "../model";

const SERVICE = "air" as const;

/** European Air Quality Index band 1 (good) .. 6 (extremely poor) from hourly concentrations. */
function airQualityIndex(pm10: number, pm25: number, no2: number, o3: number, so2: number): number {
  const band = (value: number, edges: number[]) => edges.findIndex((e) => value <= e) + 1 || 6;
  return Math.max(
    band(pm10, [20, 40, 50, 100, 150]),
    band(pm25, [10, 20, 25, 50, 75]),
    band(no2, [40, 90, 120, 230, 340]),
    band(o3, [50, 100, 130, 240, 380]),
    band(so2, [100, 200, 350, 500, 750]),
  );
}

function stations(seed: number, factor: number): AssetSpec[] {
  const names = ["Niš IZJZ", "Niš O.Š. Sveti Sava", "Niš Trošarina", "Niš Crveni Krst", "Niš Pantelej", "Niška Banja", "Niš Palilula", "Niš Medoševac", "Niš Duvanište", "Niš Bubanj"];
  return place(seed, "AQ", scaledCount(10, factor)).map((p, i) => {
    const traffic = p.rng.between(0.5, 1.4); // near a boulevard or in a park
    const heating = p.district === "Niška Banja" || p.district === "Pantelej" ? 1.3 : 1; // more wood and coal stoves
    return {
      id: p.id,
      service: SERVICE,
      type: "AirStation",
      name: i < names.length ? `Merna stanica ${names[i]}` : `Merna stanica ${p.place} ${p.number}`,
      district: p.district,
      lat: p.lat,
      lon: p.lon,
      periodS: 20,
      tags: [
        { kind: "analog", name: "PM10", unit: "microgramPerCubicMetre", range: [0, 600], decimals: 1, historize: true },
        { kind: "analog", name: "PM2_5", unit: "microgramPerCubicMetre", range: [0, 500], decimals: 1, historize: true, description: "PM2.5" },
        { kind: "analog", name: "NO2", unit: "microgramPerCubicMetre", range: [0, 600], decimals: 1, historize: true },
        { kind: "analog", name: "SO2", unit: "microgramPerCubicMetre", range: [0, 800], decimals: 1 },
        { kind: "analog", name: "O3", unit: "microgramPerCubicMetre", range: [0, 400], decimals: 1 },
        { kind: "integer", name: "AirQualityIndex", range: [1, 6], unit: "count", description: "European AQI band, 1 good .. 6 extremely poor" },
        { kind: "analog", name: "AirTemperature", unit: "degreeCelsius", range: [-30, 45], decimals: 1 },
        { kind: "analog", name: "WindSpeed", unit: "metrePerSecond", range: [0, 40], decimals: 1 },
      ],
      alarms: [
        { kind: "limit", name: "PM10Limit", tag: "PM10", high: 100, highHigh: 180, inner: "low", outer: "medium" },
        { kind: "limit", name: "PM2_5Limit", tag: "PM2_5", high: 55, highHigh: 110, inner: "low", outer: "medium" },
        { kind: "limit", name: "NO2Limit", tag: "NO2", high: 200, highHigh: 400, inner: "low", outer: "high" },
        { kind: "limit", name: "SO2Limit", tag: "SO2", high: 350, highHigh: 500, inner: "low", outer: "medium" },
        { kind: "limit", name: "O3Limit", tag: "O3", high: 180, highHigh: 240, inner: "low", outer: "medium" },
      ],
      compute(s): Record<string, TagValue> {
        const w = s.weather;
        const { hour, weekday } = w.clock;
        const episode = s.effect("episode");
        const cold = clamp((15 - w.outdoorTemperature) / 20, 0, 1.2);
        const stoves = cold * heating * (hour >= 17 || hour < 9 ? 1 : 0.5);
        const dispersion = 1 / (0.45 + 0.25 * w.windSpeed) + 1.8 * w.inversion;
        const washout = w.rain > 0.5 ? 0.6 : 1;
        const road = trafficIntensity(hour, weekday) * traffic;
        const pm10 = (12 + 22 * stoves * dispersion + 9 * road * dispersion) * washout * (1 + 0.12 * s.wander(3_600_000, 1)) + 170 * episode + 0.8 * s.wander(300_000, 2);
        const pm25 = pm10 * (0.55 + 0.15 * cold) + 0.5 * s.wander(240_000, 3);
        const no2 = (10 + 28 * road * dispersion) * (1 + 0.1 * s.wander(2_700_000, 4)) + 90 * episode + 1.5 * s.wander(240_000, 5);
        const so2 = (4 + 14 * stoves * dispersion) * (1 + 0.2 * s.wander(5_400_000, 6)) + 40 * episode;
        const sun = Math.max(0, w.sunElevation) / 65;
        const o3 = clamp(25 + 150 * sun * clamp((w.outdoorTemperature - 12) / 20, 0, 1.3) + 15 * s.wander(3 * 3_600_000, 7) - 0.3 * no2, 2, 400);
        return {
          PM10: round(clamp(pm10, 0, 600), 1),
          PM2_5: round(clamp(pm25, 0, 500), 1),
          NO2: round(clamp(no2, 0, 600), 1),
          SO2: round(clamp(so2, 0, 800), 1),
          O3: round(o3, 1),
          AirQualityIndex: airQualityIndex(pm10, pm25, no2, o3, so2),
          AirTemperature: round(w.outdoorTemperature + 0.3 * s.jitter(8), 1),
          WindSpeed: round(w.windSpeed * (1 + 0.1 * s.jitter(9)), 1),
        };
      },
    };
  });
}

export const air: ServiceDefinition = {
  key: SERVICE,
  displayName: "Kvalitet vazduha",
  build: (seed, factor) => stations(seed, factor),
};
