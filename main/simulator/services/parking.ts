/**
 * Parking (JKP Parking servis Niš): garages with barriers and pay terminals, and street zones
 * paid by SMS and terminal. Central garages fill on weekday mornings; residential streets fill
 * at night.
 */
import { place, scaledCount } from "../fleet";
import { clamp, round } from "../numbers";
import { parkingDemand } from "../rhythms";
import type { AssetSpec, ServiceDefinition } from "../model";

const SERVICE = "parking" as const;

function garages(seed: number, factor: number): AssetSpec[] {
  const names = ["Garaža Kalča", "Garaža Obilićev venac", "Garaža Sinđelićev trg", "Garaža Tvrđava", "Garaža Kej", "Garaža Stadion", "Garaža Klinički centar", "Garaža Banja"];
  return place(seed, "GR", scaledCount(8, factor)).map((p, i) => {
    const capacity = Math.round(p.rng.between(15, 60)) * 10;
    const central = p.district === "Medijana" || p.district === "Palilula";
    const popularity = p.rng.between(0.75, 1.0);
    return {
      id: p.id,
      service: SERVICE,
      type: "Garage",
      name: i < names.length ? names[i]! : `Garaža ${p.place} ${p.number}`,
      district: p.district,
      lat: p.lat,
      lon: p.lon,
      periodS: 15,
      tags: [
        { kind: "integer", name: "Capacity", unit: "count", range: [0, 2000] },
        { kind: "integer", name: "Occupied", unit: "count", range: [0, 2000] },
        { kind: "integer", name: "FreeSpaces", unit: "count", range: [0, 2000] },
        { kind: "analog", name: "Occupancy", unit: "percent", range: [0, 100], decimals: 1, historize: true },
        { kind: "text", name: "EntryBarrier", values: ["Closed", "Open", "Stuck"] },
        { kind: "boolean", name: "BarrierFault", trueText: "Fault", falseText: "OK" },
        { kind: "boolean", name: "PayTerminalOk", trueText: "OK", falseText: "Out of order" },
      ],
      alarms: [
        { kind: "limit", name: "OccupancyLimit", tag: "Occupancy", high: 95, highHigh: 99.5, inner: "low", outer: "low" },
        { kind: "offNormal", name: "BarrierFaultAlarm", tag: "BarrierFault", normal: false, priority: "medium", text: "Entry barrier stuck" },
        { kind: "offNormal", name: "PayTerminalAlarm", tag: "PayTerminalOk", normal: true, priority: "low", text: "Pay terminal out of order" },
      ],
      compute(s) {
        const { hour, weekday } = s.weather.clock;
        const full = s.effect("full");
        const demand = parkingDemand(hour, weekday, central) * popularity * (1 + 0.06 * s.wander(1_800_000, 1));
        const share = clamp(demand + full * 1.2, 0.02, 1);
        const occupied = Math.round(capacity * share);
        const barrierFault = s.occasional(2, 24 * 30, 20) || s.effect("barrier") > 0;
        const entering = s.jitter(3) > 0.6 && occupied < capacity;
        return {
          Capacity: capacity,
          Occupied: occupied,
          FreeSpaces: capacity - occupied,
          Occupancy: round((occupied / capacity) * 100, 1),
          EntryBarrier: barrierFault ? "Stuck" : entering ? "Open" : "Closed",
          BarrierFault: barrierFault,
          PayTerminalOk: !(s.occasional(4, 24 * 20, 60) || s.effect("terminal") > 0),
        };
      },
    };
  });
}

function streetZones(seed: number, factor: number): AssetSpec[] {
  return place(seed, "PZ", scaledCount(12, factor)).map((p) => {
    const capacity = Math.round(p.rng.between(40, 220));
    const central = p.district === "Medijana" || (p.district === "Palilula" && p.number <= 2);
    const zone = central ? "Zona 1 (crvena)" : p.number % 2 ? "Zona 2 (žuta)" : "Zona 3 (zelena)";
    return {
      id: p.id,
      service: SERVICE,
      type: "StreetZone",
      name: `Parking ${zone}, ${p.place}`,
      district: p.district,
      lat: p.lat,
      lon: p.lon,
      periodS: 30,
      tags: [
        { kind: "integer", name: "Capacity", unit: "count", range: [0, 500] },
        { kind: "integer", name: "Occupied", unit: "count", range: [0, 500] },
        { kind: "analog", name: "Occupancy", unit: "percent", range: [0, 100], decimals: 1, historize: true },
        { kind: "integer", name: "PaymentsPerHour", unit: "count", range: [0, 1000] },
        { kind: "boolean", name: "PayTerminalOk", trueText: "OK", falseText: "Out of order" },
      ],
      alarms: [{ kind: "offNormal", name: "PayTerminalAlarm", tag: "PayTerminalOk", normal: true, priority: "low", text: "Pay terminal out of order" }],
      compute(s) {
        const { hour, weekday } = s.weather.clock;
        const share = clamp(parkingDemand(hour, weekday, central) * (1 + 0.08 * s.wander(2_400_000, 1)), 0.05, 1);
        const occupied = Math.round(capacity * share);
        const paidHours = hour >= 7 && hour < 21 && weekday !== 0;
        return {
          Capacity: capacity,
          Occupied: occupied,
          Occupancy: round((occupied / capacity) * 100, 1),
          PaymentsPerHour: paidHours ? Math.round(occupied * 0.45 * (1 + 0.2 * s.jitter(2))) : 0,
          PayTerminalOk: !(s.occasional(4, 24 * 25, 90) || s.effect("terminal") > 0),
        };
      },
    };
  });
}

export const parking: ServiceDefinition = {
  key: SERVICE,
  displayName: "Parking",
  build: (seed, factor) => [...garages(seed, factor), ...streetZones(seed, factor)],
};
