/**
 * The Niš field network simulator against a plain node-opcua client: browse, history,
 * scenarios, security, determinism (its Part 9 alarm methods: simulator-alarm-methods.test.ts).
 * Real servers on loopback, no mocks.
 */
import { MessageSecurityMode, NodeClass, SecurityPolicy, StatusCodes } from "node-opcua";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CITY_BOUNDS, DISTRICTS } from "../../../main/simulator/districts";
import { SERVICE_KEYS, SITE_NAMESPACE_URI, startSimulator, type RunningSimulator } from "../../../main/simulator";
import { children, connect, monitorAlarms, readValue, tempDir, waitFor, type Connection } from "./client";
import { call, START, startSupervisedSimulator, user } from "./simulator-fixture";

describe("Niš field network simulator", () => {
  let sim: RunningSimulator;
  let sup: Connection;
  let ns: number;

  beforeAll(async () => {
    ({ sim, sup, ns } = await startSupervisedSimulator());
  });
  afterAll(async () => {
    await sup?.close();
    await sim?.stop();
  });

  it("browses every service folder and every asset with its location inside Niš", async () => {
    expect(ns).toBeGreaterThan(0);
    const folders = await children(sup.session, "i=85", "i=35");
    for (const key of SERVICE_KEYS) expect(folders.map((f) => f.browseName)).toContain(key);
    expect(folders.map((f) => f.browseName)).toContain("Simulation");
    const counts = sim.counts();
    let seen = 0;
    for (const key of SERVICE_KEYS) {
      const assets = (await children(sup.session, `ns=${ns};s=${key}`, "i=35")).filter((a) => a.nodeClass === NodeClass.Object);
      expect(assets.length).toBe(counts[key]!.assets);
      // Reading every asset's properties would be slow; check a spread of them in one Read.
      const sample = assets.filter((_, i) => i % 7 === 0);
      const reads = sample.flatMap((a) => ["Service", "AssetType", "District", "Latitude", "Longitude"].map((p) => ({ nodeId: `${a.nodeId}.${p}`, attributeId: 13 })));
      const values = await sup.session.read(reads);
      for (let i = 0; i < sample.length; i++) {
        const [service, type, district, lat, lon] = values.slice(i * 5, i * 5 + 5).map((d) => d.value.value);
        expect(service).toBe(key);
        expect(typeof type).toBe("string");
        expect(DISTRICTS).toContain(district);
        expect(lat).toBeGreaterThan(CITY_BOUNDS.south);
        expect(lat).toBeLessThan(CITY_BOUNDS.north);
        expect(lon).toBeGreaterThan(CITY_BOUNDS.west);
        expect(lon).toBeLessThan(CITY_BOUNDS.east);
      }
      seen += assets.length;
    }
    expect(seen).toBeGreaterThan(300);
    // Tags are flat HasComponent data variables with units on analog items.
    const tags = (await children(sup.session, `ns=${ns};s=water.PS-MED-01`, "i=47")).filter((t) => t.nodeClass === NodeClass.Variable);
    expect(tags.map((t) => t.browseName)).toEqual(expect.arrayContaining(["Pressure", "Flow", "PumpFault", "ChlorineResidual"]));
    const pressure = await readValue(sup.session, `ns=${ns};s=water.PS-MED-01.Pressure`);
    expect(pressure.statusCode.isGood()).toBe(true);
    expect(typeof pressure.value.value).toBe("number");
  });

  it("answers HistoryRead on key variables", async () => {
    await new Promise((r) => setTimeout(r, 2500));
    const now = sim.simulatedTime();
    const h = await sup.session.readHistoryValue({ nodeId: `ns=${ns};s=water.PS-MED-01.Pressure` }, new Date(now - 3_600_000), new Date(now + 1000));
    expect(h.statusCode.isGood()).toBe(true);
    expect((h.historyData as { dataValues?: unknown[] }).dataValues?.length ?? 0).toBeGreaterThan(0);
  });

  it("starts scenarios through the Simulation object; an alarm flood gives hundreds of alarms within a minute", async () => {
    const mon = await monitorAlarms(sup.session);
    const before = mon.events.length;
    expect((await call(sup.session, `ns=${ns};s=Simulation`, `ns=${ns};s=Simulation.StartScenario`, [{ dataType: "String", value: "no-such" }])).name).toBe("BadInvalidArgument");
    expect(() => sim.startScenario("no-such")).toThrow(/alarm-flood/);
    expect((await call(sup.session, `ns=${ns};s=Simulation`, `ns=${ns};s=Simulation.StartScenario`, [{ dataType: "String", value: "alarm-flood" }])).name).toBe("Good");
    const activeScenarios = (await readValue(sup.session, `ns=${ns};s=Simulation.ActiveScenarios`)).value.value as string[];
    expect(activeScenarios).toContain("alarm-flood");
    await waitFor("hundreds of alarm events", () => mon.events.slice(before).filter((e) => e["ActiveState.Id"] === true).length >= 200, 70_000);
    // Reset clears them: values return to their undisturbed course.
    expect((await call(sup.session, `ns=${ns};s=Simulation`, `ns=${ns};s=Simulation.Reset`)).name).toBe("Good");
    await waitFor("flood alarms returning to normal", () => mon.events.slice(before).filter((e) => e["ActiveState.Id"] === false).length >= 100, 20_000);
    await mon.subscription.terminate();
  }, 100_000);

  it("accepts a trusted client on SignAndEncrypt with Aes256_Sha256_RsaPss and rejects an untrusted one", async () => {
    const clientPki = tempDir("sim-client-pki-");
    const secure = { policy: SecurityPolicy.Aes256_Sha256_RsaPss, mode: MessageSecurityMode.SignAndEncrypt, pkiDir: clientPki };
    await expect(connect(sim.endpointUrl, { user: user("engineer"), secure })).rejects.toThrow();
    const { default: fs } = await import("node:fs");
    const { default: path } = await import("node:path");
    await sim.trustClientCertificate(path.join(clientPki, "own", "certs", "client_certificate.pem"));
    const c = await connect(sim.endpointUrl, { user: user("engineer"), secure });
    expect((await readValue(c.session, `ns=${ns};s=Simulation.SimulationTime`)).statusCode).toBe(StatusCodes.Good);
    await c.close();
    expect(fs.existsSync(sim.certificateFile)).toBe(true);
  });
});

describe("determinism", () => {
  it("two runs with the same seed give the same values at the same simulated times", async () => {
    const runs: Map<string, unknown>[] = [];
    for (let run = 0; run < 2; run++) {
      const sim = await startSimulator({ pkiDir: tempDir("sim-det-"), seed: 7, timeScale: 10, tickMs: 100, startTime: START, allowSecurityNone: true, allowAnonymous: true, services: ["water", "air"] });
      const c = await connect(sim.endpointUrl);
      try {
        await sim.ready();
        // Ticks every simulated second, so every 2 s sample instant is taken in both runs
        // whatever the real timing; the runs also last different times on purpose.
        await new Promise((r) => setTimeout(r, 3000 + run * 700));
        const nsArray = (await readValue(c.session, "i=2255")).value.value as string[];
        const ns = nsArray.indexOf(SITE_NAMESPACE_URI);
        const seen = new Map<string, unknown>();
        for (const nodeId of [`ns=${ns};s=water.PS-MED-01.Pressure`, `ns=${ns};s=water.ZN-PAL-01.Flow`, `ns=${ns};s=air.AQ-MED-01.PM10`]) {
          const h = await c.session.readHistoryValue({ nodeId }, START, new Date(sim.simulatedTime() + 1000));
          for (const dv of (h.historyData as { dataValues?: { sourceTimestamp: Date | null; value: { value: unknown } }[] }).dataValues ?? []) {
            seen.set(`${nodeId.replace(/^ns=\d+;/, "")}@${dv.sourceTimestamp?.getTime()}`, dv.value.value);
          }
        }
        runs.push(seen);
      } finally {
        await c.close();
        await sim.stop();
      }
    }
    const common = [...runs[0]!.keys()].filter((k) => runs[1]!.has(k));
    expect(common.length).toBeGreaterThan(20);
    for (const k of common) expect(runs[1]!.get(k), k).toEqual(runs[0]!.get(k));
  });
});
