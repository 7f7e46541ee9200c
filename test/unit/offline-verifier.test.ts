import { describe, expect, it } from "vitest";
import { checkVerifier, makeVerifier } from "../../main/core/identity/offline-verifier";

const DAY = 24 * 3600_000;

describe("offline sign-in verifier", () => {
  it("accepts the password it was made from until it expires, and nothing else", async () => {
    const v = await makeVerifier("ana", "Lozinka-ž1", 1000, DAY);
    expect(v.hash.toString("hex")).not.toContain(Buffer.from("Lozinka").toString("hex"));
    expect(await checkVerifier(v, "Lozinka-ž1", 1000 + DAY - 1)).toBe("ok");
    expect(await checkVerifier(v, "lozinka-ž1", 1000)).toBe("wrong-password");
    expect(await checkVerifier(v, "Lozinka-ž1", 1000 + DAY + 1)).toBe("expired");
    expect(await checkVerifier(null, "x", 1000)).toBe("none");
  });

  it("salts each verifier: the same password twice gives two different hashes", async () => {
    const a = await makeVerifier("ana", "same", 0, DAY);
    const b = await makeVerifier("ana", "same", 0, DAY);
    expect(a.salt.equals(b.salt)).toBe(false);
    expect(a.hash.equals(b.hash)).toBe(false);
  });

  it("treats a composed and a decomposed ž as the same password", async () => {
    const v = await makeVerifier("ana", "ž", 0, DAY);
    expect(await checkVerifier(v, "z\u030C", 0)).toBe("ok");
  });
});
