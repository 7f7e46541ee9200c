/**
 * The pure parts of certificate trust: thumbprints as people type them, a DER chain's leaf, the
 * application URI, the facts of a real certificate and its renewal; and local actions in the
 * registry (a trust decision): authorized, recorded with the audit row first, applied at once
 * with no session, settled done or failed, never replayed behind the person's back.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { X509Certificate } from "node:crypto";
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { methodArgs, WORKSTATION_ENDPOINT, type OutboxEntry } from "../../contract/api";
import { ActionService } from "../../main/core/actions/action-service";
import { OutboxExecutor } from "../../main/core/actions/outbox-executor";
import { ActionRegistry, type LocalActionDefinition } from "../../main/core/actions/registry";
import {
  applicationUriOf,
  certificateDetails,
  createClientPki,
  leafOfChain,
  ownCertificateFile,
  previousOwnCertificatesFolder,
  renewOwnCertificate,
  thumbprintOf,
} from "../../main/core/connections/pki";
import { parseSiteConfig } from "../../main/core/sites/site-config";
import { openStore, type Store } from "../../main/core/store/store";
import type { ClientSession, OPCUACertificateManager } from "node-opcua";

let pkiRoot: string;
let pki: OPCUACertificateManager;

beforeAll(async () => {
  pkiRoot = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-pki-unit-"));
  pki = await createClientPki(pkiRoot);
}, 60_000);
afterAll(async () => {
  await pki?.dispose();
  fs.rmSync(pkiRoot, { recursive: true, force: true });
});

describe("certificate facts", () => {
  it("takes a thumbprint as tools show it (colons, upper case) and refuses anything else", () => {
    const hex = "a1".repeat(20);
    const withColons = hex.toUpperCase().match(/../g)!.join(":");
    expect(methodArgs.trustCertificate.parse({ thumbprint: withColons })).toEqual({ thumbprint: hex });
    expect(methodArgs.rejectCertificate.safeParse({ thumbprint: "a1".repeat(19) }).success).toBe(false);
    expect(methodArgs.rejectCertificate.safeParse({ thumbprint: "zz".repeat(20) }).success).toBe(false);
  });

  it("reads the leaf of a DER chain by its own length", () => {
    const der = new X509Certificate(fs.readFileSync(ownCertificateFile(pkiRoot))).raw;
    expect(leafOfChain(Buffer.concat([der, der.subarray(0, 100)]))).toEqual(der);
    expect(leafOfChain(Buffer.from([0x30, 0x03, 1, 2, 3, 0x30, 0x00]))).toEqual(Buffer.from([0x30, 0x03, 1, 2, 3]));
    expect(thumbprintOf(Buffer.concat([der, der]))).toBe(thumbprintOf(der));
  });

  it("finds the application URI in subjectAltName", () => {
    expect(applicationUriOf("DNS:vm, IP Address:192.0.2.2, URI:urn:city-control-room:nis:simulator")).toBe("urn:city-control-room:nis:simulator");
    expect(applicationUriOf("DNS:vm")).toBeNull();
    expect(applicationUriOf(undefined)).toBeNull();
  });

  it("gives the facts of the workstation's certificate, and whether it has expired", () => {
    const pem = fs.readFileSync(ownCertificateFile(pkiRoot));
    const details = certificateDetails(pem);
    expect(details.thumbprint).toBe(new X509Certificate(pem).fingerprint.replace(/:/g, "").toLowerCase());
    expect(details).toMatchObject({ applicationUri: "urn:city-control-room:workstation", expired: false });
    expect(details.issuer).toBe(details.subject);
    expect(new Date(details.validTo).toISOString()).toBe(details.validTo);
    expect(certificateDetails(pem, Date.parse(details.validTo) + 1000).expired).toBe(true);
    expect(certificateDetails(pem, Date.parse(details.validFrom) - 1000).expired).toBe(true);
  });

  it("renews the workstation's certificate: a new thumbprint, the old one set aside", async () => {
    const file = ownCertificateFile(pkiRoot);
    const old = thumbprintOf(fs.readFileSync(file));
    const { previous, current } = await renewOwnCertificate(pki);
    expect(previous).toBe(old);
    expect(current).not.toBe(old);
    expect(thumbprintOf(fs.readFileSync(file))).toBe(current);
    const aside = fs.readdirSync(previousOwnCertificatesFolder(pkiRoot));
    expect(aside).toHaveLength(1);
    expect(thumbprintOf(fs.readFileSync(path.join(previousOwnCertificatesFolder(pkiRoot), aside[0]!)))).toBe(old);
  }, 30_000);
});

const PERMISSIONS = parseSiteConfig(
  {
    id: "t",
    name: "t",
    centre: { lat: 43.32, lon: 21.9 },
    services: ["water"],
    user: { name: "Ana", role: "operator" },
    endpoints: [{ id: "ep", url: "opc.tcp://127.0.0.1:1" }],
  },
  "test",
).permissions;

describe("local actions", () => {
  let dir: string;
  let store: Store;
  let service: ActionService;
  let executor: OutboxExecutor;
  let applied: string[];
  let auditSeenAtApply: number[];
  let failWith: string | null;
  let session: ClientSession | null;
  const changes: OutboxEntry["status"][] = [];
  const T = "b2".repeat(20);

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-local-"));
    store = await openStore({ file: path.join(dir, "s.sqlite") });
    applied = [];
    auditSeenAtApply = [];
    failWith = null;
    session = null;
    const entry: LocalActionDefinition<{ thumbprint: string }, { thumbprint: string }> = {
      kind: "trust-certificate",
      permission: "trust",
      local: true,
      replayable: false,
      oncePerTarget: true,
      payload: z.object({ thumbprint: z.string() }),
      prepare: ({ thumbprint }) => ({ endpointId: WORKSTATION_ENDPOINT, target: thumbprint, targetLabel: "CN=server", comment: "", payload: { thumbprint } }),
      retryArgs: (p) => p,
      apply: async ({ thumbprint }) => {
        auditSeenAtApply.push((await store.audit.list()).length);
        if (failWith) throw new Error(failWith);
        applied.push(thumbprint);
      },
      audit: (a) => `Trust "${a.targetLabel}" ${a.target}`,
    };
    const registry = new ActionRegistry();
    registry.register(entry);
    const changed = (row: { status: OutboxEntry["status"] }) => changes.push(row.status);
    // No session (unless a test says so): a local action must not need one.
    executor = new OutboxExecutor(store.outbox, registry, { sessionFor: () => session, changed, mayReplay: () => true });
    service = new ActionService(PERMISSIONS, registry, store.outbox, executor, changed);
  });
  afterEach(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("is refused to a role without the trust permission (engineer only by default), before anything is stored", async () => {
    expect(PERMISSIONS.trust).toEqual(["engineer"]);
    for (const role of ["operator", "supervisor", "maintenance"]) {
      await expect(service.request("trust-certificate", { thumbprint: T }, { name: "X", role })).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await store.outbox.list({ limit: 10 })).toEqual([]);
    expect(applied).toEqual([]);
  });

  it("is recorded with its audit row first, then applied at once with no session, and settles done", async () => {
    const result = await service.request("trust-certificate", { thumbprint: T }, { name: "Milica", role: "engineer" });
    expect(result).toMatchObject({ status: "done", error: null });
    expect(applied).toEqual([T]);
    expect(auditSeenAtApply).toEqual([1]);
    const [audit] = await store.audit.list();
    expect(audit).toMatchObject({ userName: "Milica", role: "engineer", action: "trust-certificate", target: T });
    expect((await store.outbox.get(result.outboxId))?.endpointId).toBe(WORKSTATION_ENDPOINT);
  });

  it("settles failed with the reason when it cannot be applied, and a retry applies it", async () => {
    failWith = "no such certificate";
    const failed = await service.request("trust-certificate", { thumbprint: T }, { name: "Milica", role: "engineer" });
    expect(failed.status).toBe("failed");
    expect(failed.error).toContain("no such certificate");
    failWith = null;
    expect(await service.retry(failed.outboxId, { name: "Milica", role: "engineer" })).toMatchObject({ status: "done" });
    expect(applied).toEqual([T]);
  });

  it("is not replayed when left pending (the core stopped in between)", async () => {
    const row = await store.outbox.record({
      endpointId: WORKSTATION_ENDPOINT,
      kind: "trust-certificate",
      target: T,
      targetLabel: "CN=server",
      comment: "",
      payload: { thumbprint: T },
      user: { name: "Milica", role: "engineer" },
      detail: "d",
    });
    // Even with a session there (a replay runs when an endpoint comes back), it waits for a person.
    session = {} as ClientSession;
    await executor.replay(WORKSTATION_ENDPOINT);
    expect(applied).toEqual([]);
    expect((await store.outbox.get(row.id))?.status).toBe("pending");
  });
});
