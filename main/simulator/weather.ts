/**
 * The weather over Niš, shared by every service: outdoor temperature drives district heating
 * load, wind and winter inversions drive air pollution, rain fills sewers. One city, one sky:
 * every asset reads the same weather at the same simulated time.
 */
import { localClock, type LocalClock } from "./local-time";
import { hashString, smooth } from "./noise";
import { solarElevation } from "./sun";

/** Monthly mean air temperature in Niš, °C (1991–2020 normals, rounded). */
const MONTHLY_MEAN_C = [0.9, 2.9, 7.3, 12.5, 17.2, 21.0, 23.2, 23.1, 18.3, 12.7, 7.0, 2.1];
/** Mean daily temperature range, °C, by month: narrow in foggy winters, wide in dry summers. */
const MONTHLY_RANGE_C = [7, 8, 10, 12, 12, 13, 14, 14, 13, 12, 9, 7];

export interface Weather {
  clock: LocalClock;
  outdoorTemperature: number; // °C
  windSpeed: number; // m/s
  rain: number; // mm/h
  sunElevation: number; // degrees
  /** 0..1, how strongly a ground inversion traps pollution (cold, calm, clear winter nights and mornings). */
  inversion: number;
  /** True from mid-October to mid-April, the heating season of Niš's district heating (JKP Gradska toplana). */
  heatingSeason: boolean;
}

function monthlyInterpolated(table: readonly number[], dayOfYear: number): number {
  const monthPosition = (dayOfYear / 365.25) * 12 - 0.5;
  const i = Math.floor(monthPosition);
  const f = monthPosition - i;
  const a = table[(i + 12) % 12]!;
  const b = table[(i + 13) % 12]!;
  return a + (b - a) * f;
}

const TEMPERATURE_STREAM = hashString("weather.temperature");
const WIND_STREAM = hashString("weather.wind");
const RAIN_STREAM = hashString("weather.rain");

// Several of the simulator's thousands of tags ask for the weather at the same instant.
let cachedKey = "";
let cachedWeather: Weather | null = null;

export function weatherAt(seed: number, t: number): Weather {
  const key = `${seed}:${t}`;
  if (key === cachedKey && cachedWeather) return cachedWeather;
  const clock = localClock(t);
  const mean = monthlyInterpolated(MONTHLY_MEAN_C, clock.dayOfYear);
  const range = monthlyInterpolated(MONTHLY_RANGE_C, clock.dayOfYear);
  // Coldest just before sunrise (~06:00), warmest mid-afternoon (~15:00).
  const diurnal = (range / 2) * Math.cos(((clock.hour - 15) / 24) * 2 * Math.PI);
  // Weather systems pass over a few days; a faster wobble gives cloud and showers.
  const synoptic = 4.5 * smooth(seed, TEMPERATURE_STREAM, t, 3 * 86_400_000) + 1.2 * smooth(seed, TEMPERATURE_STREAM ^ 1, t, 6 * 3_600_000);
  const outdoorTemperature = mean + diurnal + synoptic;
  const windBase = 2.2 + 1.6 * smooth(seed, WIND_STREAM, t, 2 * 86_400_000) + 0.8 * smooth(seed, WIND_STREAM ^ 1, t, 2 * 3_600_000);
  // Afternoons are windier than nights (daytime mixing).
  const windSpeed = Math.max(0.2, windBase * (0.75 + 0.35 * Math.max(0, Math.sin(((clock.hour - 8) / 24) * 2 * Math.PI))));
  const rainSignal = smooth(seed, RAIN_STREAM, t, 18 * 3_600_000);
  const rain = rainSignal > 0.55 ? (rainSignal - 0.55) * 12 : 0;
  const sunElevation = solarElevation(t);
  const nightOrMorning = sunElevation < 8 ? 1 : Math.max(0, 1 - (sunElevation - 8) / 15);
  const cold = Math.min(1, Math.max(0, (8 - outdoorTemperature) / 10));
  const calm = Math.min(1, Math.max(0, (3 - windSpeed) / 2.5));
  const inversion = nightOrMorning * cold * calm;
  const d = clock.dayOfYear;
  const heatingSeason = d >= 288 || d < 105;
  cachedWeather = { clock, outdoorTemperature, windSpeed, rain, sunElevation, inversion, heatingSeason };
  cachedKey = key;
  return cachedWeather;
}
