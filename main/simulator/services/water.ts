/**
 * Water supply and sewerage (JKP Naissus): pumping stations lift water from the Mediana and
 * Ljuberađa sources, reservoirs on the hills buffer the day, pressure zones deliver it. Night
 * flow in a zone is the classic leak indicator: nobody draws water at 03:00.
 */
import { place, scaledCount } from "../fleet";
import { clamp, round } from "../numbers";
import { waterDemand } from "../rhythms";
import type { AssetSpec, ServiceDefinition } from "../model";

const SERVICE = "water" as const;

function pumpingStations(seed: number, factor: number): AssetSpec[] {
  return place(seed, "PS", scaledCount(12, factor)).map((p) => {
    const ratedFlow = Math.round(p.rng.between(300, 1200)); // m³/h
    const basePressure = p.rng.between(4.8, 6.2); // bar at the outlet
    const kw = ratedFlow * 0.22;
    return {
      id: p.id,
      service: SERVICE,
      type: "PumpingStation",
      name: `Pumpna stanica ${p.place} ${p.number}`,
      district: p.district,
      lat: p.lat,
      lon: p.lon,
      periodS: 2,
      tags: [
        { kind: "analog", name: "Pressure", unit: "bar", range: [0, 10], decimals: 2, historize: true, description: "Outlet pressure" },
        { kind: "analog", name: "Flow", unit: "cubicMetrePerHour", range: [0, 2000], decimals: 1, historize: true, description: "Outlet flow" },
        { kind: "analog", name: "Power", unit: "kilowatt", range: [0, 400], decimals: 1 },
        { kind: "analog", name: "ChlorineResidual", unit: "milligramPerLitre", range: [0, 2], decimals: 2, description: "Free chlorine after dosing" },
        { kind: "boolean", name: "Pump1Running", trueText: "Running", falseText: "Stopped" },
        { kind: "boolean", name: "Pump2Running", trueText: "Running", falseText: "Stopped" },
        // Writing false resets a latched fault (the crew cleared the trip); a fault cannot be set from outside.
        { kind: "boolean", name: "PumpFault", trueText: "Fault", falseText: "OK", command: { values: ["false"] } },
        { kind: "text", name: "Mode", values: ["Auto", "Manual", "Off"] },
      ],
      alarms: [
        { kind: "limit", name: "PressureLimit", tag: "Pressure", lowLow: 2.0, low: 3.0, high: 7.5, highHigh: 8.5, inner: "low", outer: "medium" },
        { kind: "limit", name: "ChlorineLimit", tag: "ChlorineResidual", lowLow: 0.1, low: 0.2, high: 0.8, highHigh: 1.2, inner: "low", outer: "low" },
        { kind: "offNormal", name: "PumpFaultAlarm", tag: "PumpFault", normal: false, priority: "medium", text: "Pump fault" },
      ],
      compute(s) {
        const { hour, weekday } = s.weather.clock;
        const demand = waterDemand(hour, weekday);
        const burst = s.effect("burst");
        const fault = s.occasional(1, 24 * 45, 40) || s.effect("trip") > 0;
        const pump1 = !fault;
        const pump2 = demand > 1.15 || burst > 0.3;
        const capacity = (pump1 ? 0.6 : 0) + (pump2 ? 0.5 : 0);
        const flow = clamp(ratedFlow * Math.min(capacity, 0.62 * demand * (1 + 0.04 * s.wander(600_000, 1)) + 0.45 * burst) + 4 * s.jitter(2), 0, 2000);
        const pressure = clamp(basePressure - 0.9 * (demand - 1) - 1.6 * burst - (pump1 ? 0 : 1.4) + 0.04 * s.jitter(3), 0, 10);
        return {
          Pressure: round(pressure, 2),
          Flow: round(flow, 1),
          Power: round(clamp(kw * (flow / ratedFlow) * (pressure / 5) + 2, 0, 400), 1),
          ChlorineResidual: round(clamp(0.42 + 0.08 * s.wander(6 * 3_600_000, 4) + 0.01 * s.jitter(5), 0, 2), 2),
          Pump1Running: pump1,
          Pump2Running: pump2,
          PumpFault: fault,
          Mode: "Auto",
        };
      },
    };
  });
}

function reservoirs(seed: number, factor: number): AssetSpec[] {
  const hills = ["Vinik", "Gorica", "Bubanj", "Kovanluk", "Brzi Brod", "Krušce", "Ravni Do", "Mramor"];
  return place(seed, "RZ", scaledCount(8, factor)).map((p, i) => {
    const volume = Math.round(p.rng.between(2000, 12000)); // m³
    const phase = p.rng.between(-1, 1);
    return {
      id: p.id,
      service: SERVICE,
      type: "Reservoir",
      name: `Rezervoar ${hills[i % hills.length]}${i >= hills.length ? ` ${Math.floor(i / hills.length) + 1}` : ""}`,
      district: p.district,
      lat: p.lat,
      lon: p.lon,
      periodS: 5,
      tags: [
        { kind: "analog", name: "Level", unit: "metre", range: [0, 8], decimals: 2, historize: true },
        { kind: "analog", name: "Volume", unit: "percent", range: [0, 100], decimals: 1 },
        { kind: "analog", name: "InletFlow", unit: "litrePerSecond", range: [0, 400], decimals: 1 },
        { kind: "analog", name: "OutletFlow", unit: "litrePerSecond", range: [0, 400], decimals: 1 },
        { kind: "analog", name: "ChlorineResidual", unit: "milligramPerLitre", range: [0, 2], decimals: 2 },
      ],
      alarms: [{ kind: "limit", name: "LevelLimit", tag: "Level", lowLow: 1.2, low: 2.0, high: 7.4, highHigh: 7.8, inner: "low", outer: "high" }],
      compute(s) {
        const { hour, weekday } = s.weather.clock;
        const burst = s.effect("burst");
        // Refilled overnight, drawn down through the day; lowest in the evening peak.
        const level = clamp(5.0 + 1.6 * Math.cos(((hour - 5 + phase) / 24) * 2 * Math.PI) + 0.35 * s.wander(2 * 86_400_000, 1) - 3.6 * burst, 0, 8);
        const outlet = (volume / 100) * waterDemand(hour, weekday) * (1 + 0.05 * s.jitter(2)) * (1 + 1.5 * burst);
        const inlet = (volume / 100) * (1 + 0.15 * Math.sin(((hour - 11) / 24) * 2 * Math.PI)) * (1 + 0.03 * s.jitter(3));
        return {
          Level: round(level, 2),
          Volume: round((level / 8) * 100, 1),
          InletFlow: round(clamp(inlet, 0, 400), 1),
          OutletFlow: round(clamp(outlet, 0, 400), 1),
          ChlorineResidual: round(clamp(0.35 + 0.07 * s.wander(8 * 3_600_000, 4), 0, 2), 2),
        };
      },
    };
  });
}

function pressureZones(seed: number, factor: number): AssetSpec[] {
  return place(seed, "ZN", scaledCount(10, factor)).map((p) => {
    const baseFlow = p.rng.between(40, 160); // l/s at average demand
    const basePressure = p.rng.between(3.6, 4.8);
    const leakage = p.rng.between(0.1, 0.22); // share of night flow that is real loss
    return {
      id: p.id,
      service: SERVICE,
      type: "PressureZone",
      name: `Zona pritiska ${p.place}`,
      district: p.district,
      lat: p.lat,
      lon: p.lon,
      periodS: 2,
      tags: [
        { kind: "analog", name: "Pressure", unit: "bar", range: [0, 8], decimals: 2, historize: true },
        { kind: "analog", name: "Flow", unit: "litrePerSecond", range: [0, 600], decimals: 1, historize: true },
        {
          kind: "analog",
          name: "NightFlow",
          unit: "litrePerSecond",
          range: [0, 300],
          decimals: 1,
          description: "Minimum night flow (02–04), the leak indicator",
        },
      ],
      alarms: [
        { kind: "limit", name: "PressureLimit", tag: "Pressure", lowLow: 1.5, low: 2.5, high: 6.5, highHigh: 7.2, inner: "low", outer: "medium" },
        { kind: "limit", name: "NightFlowLimit", tag: "NightFlow", high: baseFlow * 0.72, highHigh: baseFlow * 1.2, inner: "low", outer: "low" },
      ],
      compute(s) {
        const { hour, weekday } = s.weather.clock;
        const demand = waterDemand(hour, weekday);
        const burst = s.effect("burst");
        const flow = baseFlow * demand * (1 + 0.05 * s.wander(900_000, 1)) + 2.2 * baseFlow * burst + 1.5 * s.jitter(2);
        const pressure = basePressure - 0.7 * (demand - 1) - 3.1 * burst + 0.03 * s.jitter(3);
        const night = baseFlow * (0.4 + leakage * (1 + 0.3 * s.wander(5 * 86_400_000, 4))) + 1.5 * baseFlow * burst;
        return {
          Pressure: round(clamp(pressure, 0, 8), 2),
          Flow: round(clamp(flow, 0, 600), 1),
          NightFlow: round(clamp(night, 0, 300), 1),
        };
      },
    };
  });
}

export const water: ServiceDefinition = {
  key: SERVICE,
  displayName: "Vodovod i kanalizacija",
  build: (seed, factor) => [...pumpingStations(seed, factor), ...reservoirs(seed, factor), ...pressureZones(seed, factor)],
};
