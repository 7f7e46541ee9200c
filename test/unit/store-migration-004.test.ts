import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrate } from "../../main/core/store/migrations/index";
import { openStore } from "../../main/core/store/store";

describe("migration 004 sign-in verifiers", () => {
  it("keeps what was there and adds one verifier per login", () => {
    const db = new Database(":memory:");
    migrate(db, 3);
    db.prepare("INSERT INTO audit (at, user_name, role, action, target, detail) VALUES (1,'ana','operator','acknowledge','x','d')").run();
    migrate(db, 4);
    expect(db.pragma("user_version", { simple: true })).toBe(4);
    expect(db.prepare("SELECT user_name FROM audit").pluck().all()).toEqual(["ana"]);
    const put = db.prepare("INSERT INTO sign_in_verifier (login, salt, hash, params, created_at, expires_at) VALUES (?,?,?,?,?,?)");
    put.run("ana", Buffer.alloc(16), Buffer.alloc(32), "{}", 1, 2);
    expect(() => put.run("ana", Buffer.alloc(16), Buffer.alloc(32), "{}", 1, 2)).toThrow(/UNIQUE/);
    db.close();
  });

  it("round-trips a verifier and an audit entry through the store worker", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-verifier-"));
    const store = await openStore({ file: path.join(dir, "s.sqlite") });
    try {
      const v = { login: "ana", salt: Buffer.from("0011", "hex"), hash: Buffer.from("aabb", "hex"), params: '{"N":16384}', createdAt: 5, expiresAt: 9 };
      await store.verifiers.put(v);
      expect(await store.verifiers.get("ana")).toEqual(v);
      expect(await store.verifiers.get("nobody")).toBeNull();
      await store.audit.append({ userName: "Ana", role: "operator", action: "sign-in", target: "ana", detail: "online" });
      expect((await store.audit.list(1))[0]).toMatchObject({ userName: "Ana", action: "sign-in" });
    } finally {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
