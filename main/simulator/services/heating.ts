/**
 * District heating (JKP Gradska toplana Niš): heating plants feed hot water along a heating
 * curve set by the outdoor temperature; substations in the buildings' basements hand the heat
 * to the radiators. Outside the heating season only domestic hot water runs.
 */
import { place, scaledCount } from "../fleet";
import { clamp, round } from "../numbers";
import type { AssetSpec, ServiceDefinition } from "../model";
import type { Weather } from "../weather";

const SERVICE = "heating" as const;

/** Share of design load: 1 at the design temperature of Niš (-15 °C), nothing above 18 °C. */
function heatLoad(w: Weather): number {
  if (!w.heatingSeason) return 0.06;
  const night = w.clock.hour < 5 || w.clock.hour >= 22 ? 0.85 : 1; // night set-back
  return clamp(((18 - w.outdoorTemperature) / 33) * night, 0.08, 1.05);
}

/** Primary supply temperature by the plant's heating curve. */
function primarySupply(w: Weather): number {
  if (!w.heatingSeason) return 70;
  return clamp(72 + (12 - w.outdoorTemperature) * 1.45, 72, 118);
}

function plants(seed: number, factor: number): AssetSpec[] {
  const names = ["Toplana Krivi Vir", "Toplana Jug", "Toplana Majakovski", "Toplana Bubanj", "Toplana Cerovo"];
  return place(seed, "TO", scaledCount(4, factor)).map((p, i) => {
    const ratedMw = Math.round(p.rng.between(25, 120));
    return {
      id: p.id,
      service: SERVICE,
      type: "HeatingPlant",
      name: i < names.length ? names[i]! : `Toplana ${p.place} ${p.number}`,
      district: p.district,
      lat: p.lat,
      lon: p.lon,
      periodS: 5,
      tags: [
        { kind: "analog", name: "SupplyTemperature", unit: "degreeCelsius", range: [0, 140], decimals: 1, historize: true },
        { kind: "analog", name: "ReturnTemperature", unit: "degreeCelsius", range: [0, 140], decimals: 1 },
        { kind: "analog", name: "SupplyPressure", unit: "bar", range: [0, 16], decimals: 2 },
        { kind: "analog", name: "Flow", unit: "cubicMetrePerHour", range: [0, 6000], decimals: 0 },
        { kind: "analog", name: "ThermalPower", unit: "megawatt", range: [0, 150], decimals: 1, historize: true },
        { kind: "analog", name: "OutdoorTemperature", unit: "degreeCelsius", range: [-30, 45], decimals: 1, historize: true },
        { kind: "boolean", name: "BoilerFault", trueText: "Fault", falseText: "OK" },
      ],
      alarms: [
        { kind: "limit", name: "SupplyTemperatureLimit", tag: "SupplyTemperature", lowLow: 55, low: 62, high: 122, highHigh: 128, inner: "low", outer: "medium" },
        { kind: "offNormal", name: "BoilerFaultAlarm", tag: "BoilerFault", normal: false, priority: "critical", text: "Boiler fault" },
      ],
      compute(s) {
        const w = s.weather;
        const fault = s.occasional(1, 24 * 120, 30);
        const load = heatLoad(w) * (fault ? 0.6 : 1);
        const supply = primarySupply(w) - (fault ? 14 : 0) + 0.4 * s.jitter(2);
        const deltaT = 18 + 22 * load;
        const power = ratedMw * load * (1 + 0.03 * s.wander(1_800_000, 3));
        const flow = (power * 1000) / (1.163 * deltaT);
        return {
          SupplyTemperature: round(supply, 1),
          ReturnTemperature: round(supply - deltaT, 1),
          SupplyPressure: round(9.5 + 0.6 * load + 0.05 * s.jitter(4), 2),
          Flow: round(clamp(flow, 0, 6000), 0),
          ThermalPower: round(clamp(power, 0, 150), 1),
          OutdoorTemperature: round(w.outdoorTemperature, 1),
          BoilerFault: fault,
        };
      },
    };
  });
}

function substations(seed: number, factor: number): AssetSpec[] {
  return place(seed, "TP", scaledCount(60, factor)).map((p) => {
    const ratedKw = Math.round(p.rng.between(150, 900));
    return {
      id: p.id,
      service: SERVICE,
      type: "Substation",
      name: `Toplotna podstanica ${p.place} ${p.number}`,
      district: p.district,
      lat: p.lat,
      lon: p.lon,
      periodS: 10,
      tags: [
        { kind: "analog", name: "PrimarySupplyTemperature", unit: "degreeCelsius", range: [0, 140], decimals: 1 },
        { kind: "analog", name: "PrimaryReturnTemperature", unit: "degreeCelsius", range: [0, 140], decimals: 1 },
        { kind: "analog", name: "SecondarySupplyTemperature", unit: "degreeCelsius", range: [0, 100], decimals: 1, historize: true },
        { kind: "analog", name: "SecondaryPressure", unit: "bar", range: [0, 6], decimals: 2 },
        { kind: "analog", name: "Flow", unit: "cubicMetrePerHour", range: [0, 60], decimals: 2 },
        { kind: "analog", name: "ValvePosition", unit: "percent", range: [0, 100], decimals: 0 },
        { kind: "analog", name: "HeatPower", unit: "kilowatt", range: [0, 1000], decimals: 0 },
        { kind: "boolean", name: "PumpRunning", trueText: "Running", falseText: "Stopped" },
        { kind: "boolean", name: "Fault", trueText: "Fault", falseText: "OK" },
      ],
      alarms: [
        { kind: "limit", name: "SecondaryTemperatureLimit", tag: "SecondarySupplyTemperature", lowLow: 25, low: 32, high: 88, inner: "low", outer: "medium" },
        { kind: "limit", name: "SecondaryPressureLimit", tag: "SecondaryPressure", lowLow: 0.8, low: 1.2, high: 4.0, highHigh: 5.0, inner: "low", outer: "low" },
        { kind: "offNormal", name: "FaultAlarm", tag: "Fault", normal: false, priority: "medium", text: "Substation fault" },
      ],
      compute(s) {
        const w = s.weather;
        const failure = s.effect("failure");
        const fault = failure > 0 || s.occasional(1, 24 * 200, 45);
        const load = heatLoad(w) * (1 + 0.08 * s.wander(3_600_000, 2));
        const primary = primarySupply(w) - 2 + 0.3 * s.jitter(3);
        // Secondary curve: 75 °C at -15 °C outside, 40 °C at +15 °C; 55 °C hot water in summer.
        const curve = w.heatingSeason ? clamp(57.5 - (w.outdoorTemperature * 35) / 30, 38, 78) : 55;
        const secondary = fault ? curve - (curve - 18) * Math.max(failure, 0.6) : curve + 0.4 * s.jitter(4);
        const valve = fault ? 0 : clamp(load * 85 + 6 * s.wander(1_200_000, 5), 3, 100);
        const power = fault ? 0 : ratedKw * load;
        const deltaT = 25 + 15 * load;
        return {
          PrimarySupplyTemperature: round(primary, 1),
          PrimaryReturnTemperature: round(primary - (fault ? 2 : deltaT), 1),
          SecondarySupplyTemperature: round(secondary, 1),
          SecondaryPressure: round(clamp((fault ? 2.3 - 1.7 * failure : 2.3 + 0.25 * load) + 0.03 * s.jitter(6), 0, 6), 2),
          Flow: round(clamp(power / (1.163 * deltaT), 0, 60), 2),
          ValvePosition: round(valve, 0),
          HeatPower: round(clamp(power, 0, 1000), 0),
          PumpRunning: !fault,
          Fault: fault,
        };
      },
    };
  });
}

export const heating: ServiceDefinition = {
  key: SERVICE,
  displayName: "Toplifikacija",
  build: (seed, factor) => [...plants(seed, factor), ...substations(seed, factor)],
};
