/**
 * Public lighting: cabinets switch their circuits on a photocell at dusk and off at dawn, dim
 * after midnight, and report power, energy, failed lamps and cabinet door. Lamps fail slowly
 * and are replaced on monthly maintenance rounds.
 */
import { place, scaledCount } from "../fleet";
import { clamp, round } from "../numbers";
import { LAMPS_ON_BELOW_DEGREES } from "../sun";
import type { AssetSpec, ServiceDefinition } from "../model";

const SERVICE = "lighting" as const;
const DAY = 86_400_000;

/** Hours of darkness accumulated since the epoch, in closed form (about 12 h a day, ±3.3 h by season). */
function darkHoursSinceEpoch(t: number): number {
  const days = t / DAY;
  const omega = (2 * Math.PI) / 365.25;
  // Longest nights around 21 December (day 355 of the year, ~10 days before 1 January).
  return 12 * days + (3.3 / omega) * Math.sin(omega * (days + 10));
}

function cabinets(seed: number, factor: number): AssetSpec[] {
  return place(seed, "RO", scaledCount(70, factor)).map((p) => {
    const lamps = Math.round(p.rng.between(30, 160));
    const lampKw = p.rng.pick([0.045, 0.06, 0.09, 0.15, 0.25]); // LED retrofits and old HPS mixed
    const failureRate = p.rng.between(0.002, 0.006); // lamps failing per lamp per day
    const maintenancePhase = p.rng.int(0, 29);
    const energyOffset = Math.round(p.rng.between(20_000, 400_000));
    return {
      id: p.id,
      service: SERVICE,
      type: "LightingCabinet",
      name: `Ormar javne rasvete ${p.place} ${p.number}`,
      district: p.district,
      lat: p.lat,
      lon: p.lon,
      periodS: 10,
      tags: [
        { kind: "boolean", name: "Energised", trueText: "On", falseText: "Off" },
        { kind: "boolean", name: "SupplyFault", trueText: "Fault", falseText: "OK" },
        { kind: "analog", name: "Power", unit: "kilowatt", range: [0, 60], decimals: 2, historize: true },
        { kind: "analog", name: "Energy", unit: "kilowattHour", range: [0, 10_000_000], decimals: 0 },
        { kind: "analog", name: "Voltage", unit: "volt", range: [0, 300], decimals: 1 },
        { kind: "integer", name: "LampCount", unit: "count", range: [0, 500] },
        { kind: "integer", name: "FailedLamps", unit: "count", range: [0, 500] },
        { kind: "boolean", name: "DoorOpen", trueText: "Open", falseText: "Closed" },
        { kind: "text", name: "Mode", values: ["Auto", "ManualOn", "ManualOff"], command: { values: ["Auto", "ManualOn", "ManualOff"] } },
      ],
      alarms: [
        { kind: "offNormal", name: "SupplyFaultAlarm", tag: "SupplyFault", normal: false, priority: "low", text: "Cabinet supply lost" },
        { kind: "limit", name: "VoltageLimit", tag: "Voltage", lowLow: 196, low: 207, high: 250, highHigh: 260, inner: "low", outer: "low" },
        { kind: "discrete", name: "FailedLampsAlarm", tag: "FailedLamps", activeWhen: (v) => Number(v) >= Math.max(6, Math.round(lamps * 0.1)), priority: "low", text: "Many failed lamps" },
        { kind: "offNormal", name: "DoorAlarm", tag: "DoorOpen", normal: false, priority: "low", text: "Cabinet door open" },
      ],
      compute(s) {
        const w = s.weather;
        const outage = s.effect("outage") > 0 || s.occasional(1, 24 * 120, 45);
        const dark = w.sunElevation < LAMPS_ON_BELOW_DEGREES;
        const energised = dark && !outage;
        const daysSinceRound = (((w.clock.dayNumber + maintenancePhase) % 30) + 30) % 30 + w.clock.hour / 24;
        const failed = Math.min(lamps, Math.floor(lamps * failureRate * daysSinceRound * (1 + 0.3 * s.wander(7 * DAY, 2))));
        const dimmed = w.clock.hour >= 0 && w.clock.hour < 5 ? 0.7 : 1;
        const power = energised ? (lamps - failed) * lampKw * dimmed * (1 + 0.01 * s.jitter(3)) : outage ? 0 : 0.04;
        // Dimming and failed lamps take about 15 % off the nameplate over a year.
        const energy = energyOffset + lamps * lampKw * 0.85 * darkHoursSinceEpoch(s.t - Date.UTC(2015, 0, 1));
        // Maintenance crews open doors in working hours.
        const door = w.clock.hour > 8 && w.clock.hour < 15 && s.occasional(4, 24 * 25, 25);
        return {
          Energised: energised,
          SupplyFault: outage,
          Power: round(clamp(power, 0, 60), 2),
          Energy: round(energy, 0),
          Voltage: round(outage ? 0 : 229 + 4 * s.wander(3_600_000, 5) + 0.8 * s.jitter(6) + (energised ? -2.5 : 0), 1),
          LampCount: lamps,
          FailedLamps: failed,
          DoorOpen: door,
          Mode: "Auto",
        };
      },
    };
  });
}

export const lighting: ServiceDefinition = {
  key: SERVICE,
  displayName: "Javna rasveta",
  build: (seed, factor) => cabinets(seed, factor),
};
