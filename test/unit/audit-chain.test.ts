/**
 * The audit chain's functions with known answers (computed outside the code with
 * `printf '%s\n%s' PREV JSON | sha256sum`), and verification naming each kind of break.
 */
import { describe, expect, it } from "vitest";
import { canonicalContent, chainHash, GENESIS_HASH, type AuditContent } from "../../main/core/audit/chain-hash";
import { verifyChain, type ChainFacts, type ChainRow } from "../../main/core/audit/verify-chain";

const first: AuditContent = { at: 1_700_000_000_000, userName: "Ana Petrović", role: "supervisor", action: "acknowledge", target: "nis-water|ns=2;s=A1", detail: 'Acknowledge "Pumpa 1"' };
const second: AuditContent = { at: 1_700_000_001_000, userName: "Marko", role: "engineer", action: "sign-in", target: "marko", detail: "Signed in (online)" };
const FIRST_HASH = "80fcd03d065b90015988b805f68f8b653384acdec59266207a76c00844680f46";
const SECOND_HASH = "7bd0a8deae3161c0cff809ee33ae9728b59d86fe69a09b12ebd50a926053c1e6";

describe("audit chain hash", () => {
  it("has a fixed genesis and a fixed canonical form", () => {
    expect(GENESIS_HASH).toBe("0".repeat(64));
    expect(canonicalContent(first)).toBe('[1700000000000,"Ana Petrović","supervisor","acknowledge","nis-water|ns=2;s=A1","Acknowledge \\"Pumpa 1\\""]');
  });

  it("gives the known SHA-256 answers for a two-row chain", () => {
    expect(chainHash(GENESIS_HASH, first)).toBe(FIRST_HASH);
    expect(chainHash(FIRST_HASH, second)).toBe(SECOND_HASH);
  });

  it("changes with any field and with the previous hash", () => {
    for (const key of Object.keys(first) as (keyof AuditContent)[]) {
      const changed = { ...first, [key]: typeof first[key] === "number" ? (first[key] as number) + 1 : `${first[key]} ` };
      expect(chainHash(GENESIS_HASH, changed), key).not.toBe(FIRST_HASH);
    }
    expect(chainHash(SECOND_HASH, first)).not.toBe(FIRST_HASH);
  });
});

/** n chained rows, seq 1..n, a second apart. */
function chain(n: number): ChainRow[] {
  const rows: ChainRow[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const content = { at: 1_700_000_000_000 + seq * 1000, userName: "Ana", role: "supervisor", action: "acknowledge", target: `t${seq}`, detail: `row ${seq}` };
    const hash = chainHash(prev, content);
    rows.push({ seq, ...content, prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}

const factsOf = (rows: ChainRow[], lastIssuedSeq: number | null = rows.length ? Math.max(...rows.map((r) => r.seq)) : null): ChainFacts => ({
  seqOfHash: (h) => rows.find((r) => r.hash === h)?.seq ?? null,
  lastIssuedSeq,
});
const check = (rows: ChainRow[], facts = factsOf(rows)) => verifyChain([...rows].sort((a, b) => a.seq - b.seq), facts, 5);

describe("verifyChain", () => {
  it("says OK with the count, the last seq and the head hash", () => {
    const rows = chain(5);
    expect(check(rows)).toEqual({ ok: true, checkedAt: 5, count: 5, lastSeq: 5, headHash: rows[4]!.hash });
    expect(verifyChain([], { seqOfHash: () => null, lastIssuedSeq: null }, 5)).toEqual({ ok: true, checkedAt: 5, count: 0, lastSeq: null, headHash: GENESIS_HASH });
  });

  it("names an edited row: content changed", () => {
    const rows = chain(5);
    rows[2] = { ...rows[2]!, detail: "row 3, edited" };
    const r = check(rows);
    expect(r).toMatchObject({ ok: false, count: 2, broken: { seq: 3, at: rows[2]!.at, problem: "content-changed" } });
    expect(r.ok || r.broken.message).toContain("Row 3 (2023-11-14T22:13:23.000Z) was changed");
  });

  it("names a row whose hash was replaced to match its new content: the next row no longer chains", () => {
    const rows = chain(5);
    const edited = { ...rows[2]!, detail: "forged" };
    rows[2] = { ...edited, hash: chainHash(edited.prevHash!, edited) };
    expect(check(rows)).toMatchObject({ ok: false, count: 3, broken: { seq: 4, problem: "chain-broken" } });
  });

  it("names a deleted row: row missing, with the seq that is gone", () => {
    const rows = chain(5);
    rows.splice(1, 1);
    expect(check(rows, factsOf(rows, 5))).toMatchObject({ ok: false, count: 1, broken: { seq: 3, problem: "row-missing", missingFrom: 2, missingTo: 2 } });
    const firstGone = chain(3).slice(1);
    expect(check(firstGone, factsOf(firstGone, 3))).toMatchObject({ ok: false, count: 0, broken: { seq: 2, problem: "row-missing", missingFrom: 1, missingTo: 1 } });
  });

  it("names rows cut from the end by the store's own numbering", () => {
    const rows = chain(5).slice(0, 3);
    const r = check(rows, factsOf(rows, 5));
    expect(r).toMatchObject({ ok: false, count: 3, broken: { seq: 4, at: null, problem: "row-missing", missingFrom: 4, missingTo: 5 } });
    expect(r.ok || r.broken.message).toBe("Rows 4 to 5 are missing at the end of the audit trail (the store had numbered rows up to 5).");
  });

  it("names a reordered row: out of order, and the row it was written after", () => {
    const rows = chain(5);
    // Swap the places (seq) of rows 3 and 4, each keeping its content and hashes.
    rows[2] = { ...rows[2]!, seq: 4 };
    rows[3] = { ...rows[3]!, seq: 3 };
    expect(check(rows)).toMatchObject({ ok: false, count: 2, broken: { seq: 3, problem: "out-of-order", follows: 4 } });
  });

  it("names a row without a hash, and a first row that does not start from the genesis", () => {
    const rows = chain(3);
    rows[1] = { ...rows[1]!, prevHash: null, hash: null };
    expect(check(rows)).toMatchObject({ ok: false, count: 1, broken: { seq: 2, problem: "not-chained" } });
    const other = chain(2);
    const content = { ...other[0]! };
    other[0] = { ...content, prevHash: "f".repeat(64), hash: chainHash("f".repeat(64), content) };
    expect(check(other)).toMatchObject({ ok: false, count: 0, broken: { seq: 1, problem: "chain-broken" } });
  });
});
