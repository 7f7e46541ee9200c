/**
 * Waste collection (JKP Mediana): containers with ultrasonic fill-level sensors. Each is emptied
 * on its round (every one to three days, early morning) and fills at its own pace in between, so
 * a few always overflow before the truck comes: the alarms the dispatcher acts on.
 */
import { place, scaledCount } from "../fleet";
import { clamp, round } from "../numbers";
import type { AssetSpec, ServiceDefinition } from "../model";

const SERVICE = "waste" as const;
const DAY = 86_400_000;

function containers(seed: number, factor: number): AssetSpec[] {
  return place(seed, "KN", scaledCount(150, factor)).map((p) => {
    const intervalDays = p.rng.pick([1, 1, 2, 2, 2, 3]);
    const roundHour = p.rng.between(5, 10); // local hour the truck comes
    const roundOffsetDays = p.rng.int(0, intervalDays - 1);
    // Percent per hour; most reach 55–85 % by the next round, a busy few overflow.
    const busy = p.rng.next() < 0.12;
    const rate = ((busy ? p.rng.between(95, 125) : p.rng.between(50, 85)) / (intervalDays * 24));
    const kind = p.rng.pick(["Kontejner 1100 l", "Kontejner 1100 l", "Podzemni kontejner", "Zvono za staklo"]);
    const underground = kind === "Podzemni kontejner";
    return {
      id: p.id,
      service: SERVICE,
      type: "Container",
      name: `${kind}, ${p.place} ${p.number}`,
      district: p.district,
      lat: p.lat,
      lon: p.lon,
      periodS: 60,
      tags: [
        { kind: "analog", name: "FillLevel", unit: "percent", range: [0, 100], decimals: 0, historize: true },
        { kind: "analog", name: "Temperature", unit: "degreeCelsius", range: [-30, 120], decimals: 1, description: "Inside the container, for fire detection" },
        { kind: "analog", name: "BatteryVoltage", unit: "volt", range: [0, 4], decimals: 2 },
        { kind: "boolean", name: "LidOpen", trueText: "Open", falseText: "Closed" },
      ],
      alarms: [
        { kind: "limit", name: "FillLimit", tag: "FillLevel", high: 85, highHigh: 95, inner: "low", outer: "low" },
        // Only underground containers carry a fire sensor worth alarming on.
        ...(underground ? [{ kind: "limit" as const, name: "FireLimit", tag: "Temperature", high: 60, highHigh: 75, inner: "medium" as const, outer: "critical" as const }] : []),
      ],
      compute(s) {
        const { hour, dayNumber } = s.weather.clock;
        // Rounds come every `intervalDays` at `roundHour`; hours since the last one:
        const cycle = intervalDays * 24;
        const hoursSince = ((((dayNumber + roundOffsetDays) * 24 + hour - roundHour) % cycle) + cycle) % cycle;
        const dayFactor = 1 + 0.15 * s.wander(DAY, 1);
        const overfill = s.effect("overfill");
        // Ultrasonic readings are filtered in the sensor: fill only grows between rounds, no jitter.
        const fill = clamp(rate * hoursSince * dayFactor, 0, 100);
        const level = overfill > 0 ? Math.max(fill, 96 + 4 * overfill * Math.abs(s.jitter(3))) : fill;
        const fire = s.effect("fire");
        const temperature = s.weather.outdoorTemperature + 2 + Math.max(0, s.weather.sunElevation) * 0.12 + 0.3 * s.jitter(4) + 80 * fire;
        return {
          FillLevel: round(clamp(level, 0, 100), 0),
          Temperature: round(clamp(temperature, -30, 120), 1),
          BatteryVoltage: round(3.6 - 0.4 * ((dayNumber % 400) / 400) + 0.01 * s.jitter(5), 2),
          LidOpen: s.occasional(6, 24 * 20, 10),
        };
      },
    };
  });
}

export const waste: ServiceDefinition = {
  key: SERVICE,
  displayName: "Odnošenje otpada",
  build: (seed, factor) => containers(seed, factor),
};
