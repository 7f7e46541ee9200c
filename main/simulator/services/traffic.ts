/**
 * Traffic signals: junction controllers report their mode, faults, cabinet door and loop
 * detector counts. A dark signal at a busy junction is the most urgent thing this service has.
 */
import { place, scaledCount } from "../fleet";
import { clamp } from "../numbers";
import { trafficIntensity } from "../rhythms";
import type { AssetSpec, ServiceDefinition } from "../model";

const SERVICE = "traffic" as const;

const JUNCTIONS = [
  "Bulevar Nemanjića / Vizantijski bulevar",
  "Bulevar Zorana Đinđića / Generala Milojka Lešjanina",
  "Vožda Karađorđa / Obrenovićeva",
  "Bulevar 12. februar / Knjaževačka",
  "Bulevar Medijana / Dimitrija Tucovića",
  "Vojvode Mišića / Bulevar dr Zorana Đinđića",
  "Bulevar Svetog cara Konstantina / Jelene Ćetković",
  "Bulevar Nikole Tesle / Nikole Pašića",
];

function controllers(seed: number, factor: number): AssetSpec[] {
  return place(seed, "SS", scaledCount(45, factor)).map((p, i) => {
    const peakFlow = Math.round(p.rng.between(600, 2400)); // vehicles per hour at rush hour
    const detectors = p.rng.int(4, 12);
    return {
      id: p.id,
      service: SERVICE,
      type: "SignalController",
      name: i < JUNCTIONS.length ? `Semafor ${JUNCTIONS[i]}` : `Semafor ${p.place} ${p.number}`,
      district: p.district,
      lat: p.lat,
      lon: p.lon,
      periodS: 5,
      tags: [
        { kind: "text", name: "Mode", values: ["Normal", "Flashing", "Dark", "Manual"], command: { values: ["Normal", "Flashing", "Dark", "Manual"] } },
        { kind: "boolean", name: "Fault", trueText: "Fault", falseText: "OK" },
        { kind: "boolean", name: "CabinetDoorOpen", trueText: "Open", falseText: "Closed" },
        { kind: "integer", name: "DetectorCount", unit: "vehiclesPerHour", range: [0, 4000] },
        { kind: "integer", name: "DetectorFaults", unit: "count", range: [0, 16] },
        { kind: "integer", name: "CycleTime", unit: "second", range: [30, 180] },
      ],
      alarms: [
        { kind: "offNormal", name: "ModeAlarm", tag: "Mode", normal: "Normal", priority: "high", text: "Signal not in normal operation" },
        { kind: "offNormal", name: "FaultAlarm", tag: "Fault", normal: false, priority: "low", text: "Controller fault" },
        { kind: "offNormal", name: "DoorAlarm", tag: "CabinetDoorOpen", normal: false, priority: "low", text: "Controller cabinet door open" },
        { kind: "discrete", name: "DetectorAlarm", tag: "DetectorFaults", activeWhen: (v) => Number(v) >= 2, priority: "low", text: "Loop detectors faulty" },
      ],
      compute(s) {
        const { hour, weekday } = s.weather.clock;
        const dark = s.effect("dark") > 0;
        const glitch = s.occasional(1, 24 * 150, 20);
        const intensity = trafficIntensity(hour, weekday) * (1 + 0.08 * s.wander(900_000, 2)) * (s.weather.rain > 2 ? 0.85 : 1);
        const count = clamp(Math.round(peakFlow * intensity + 25 * s.jitter(3)), 0, 4000);
        const detectorFaults = s.occasional(4, 24 * 40, 240) ? 2 : s.occasional(5, 24 * 10, 120) ? 1 : 0;
        return {
          Mode: dark ? "Dark" : glitch ? "Flashing" : "Normal",
          Fault: dark || glitch,
          CabinetDoorOpen: hour > 8 && hour < 15 && s.occasional(6, 24 * 30, 20),
          DetectorCount: dark ? 0 : count,
          DetectorFaults: Math.min(detectors, detectorFaults),
          CycleTime: Math.round(clamp(50 + 70 * Math.min(1, intensity), 30, 180)),
        };
      },
    };
  });
}

export const traffic: ServiceDefinition = {
  key: SERVICE,
  displayName: "Saobraćajna signalizacija",
  build: (seed, factor) => controllers(seed, factor),
};
