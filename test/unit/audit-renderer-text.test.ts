/**
 * The audit view's words for a broken chain (renderer/audit/auditBreakText.ts) in Serbian and
 * English, and who is offered the view (renderer/audit/auditAccess.ts).
 */
import { describe, expect, it } from "vitest";
import type { AuditBreak, SessionInfo } from "../../contract/api";
import { mayOpenAudit } from "../../renderer/audit/auditAccess";
import { auditProblemText } from "../../renderer/audit/auditBreakText";
import { createI18n } from "../../renderer/i18n/i18n";

const brk = (over: Partial<AuditBreak>): AuditBreak => ({ seq: 5, at: 1, problem: "content-changed", message: "", ...over });

describe("audit break text", () => {
  it("words each problem, naming the entries involved", () => {
    const en = createI18n("en").t;
    expect(auditProblemText(brk({}), en)).toBe("it was changed after it was written: its hash no longer matches its content.");
    expect(auditProblemText(brk({ problem: "row-missing", missingFrom: 4, missingTo: 4 }), en)).toBe("entry #4 is missing before it.");
    expect(auditProblemText(brk({ problem: "row-missing", missingFrom: 2, missingTo: 4 }), en)).toBe("entries #2 to #4 are missing before it.");
    expect(auditProblemText(brk({ problem: "row-missing", at: null, missingFrom: 11, missingTo: 12 }), en)).toBe(
      "Entries #11 to #12, the newest, are missing: the trail was cut at its end.",
    );
    expect(auditProblemText(brk({ problem: "out-of-order", follows: 6 }), en)).toBe("it is out of order: it was written after entry #6, which now stands after it.");
    const sr = createI18n("sr-Latn").t;
    expect(auditProblemText(brk({ problem: "row-missing", missingFrom: 4, missingTo: 4 }), sr)).toBe("pre njega nedostaje zapis br. 4.");
    expect(auditProblemText(brk({ problem: "not-chained" }), sr)).toBe("nema heš: upisan je mimo aplikacije.");
  });
});

describe("audit view access", () => {
  const as = (role: string | null): SessionInfo => ({ person: role ? { login: role, name: role, role } : null, verified: null, may: {} } as unknown as SessionInfo);
  it("is offered to supervisors and engineers, not to operators, maintenance or nobody", () => {
    expect(["supervisor", "engineer", "operator", "maintenance"].map((r) => mayOpenAudit(as(r)))).toEqual([true, true, false, false]);
    expect(mayOpenAudit(as(null))).toBe(false);
    expect(mayOpenAudit(null)).toBe(false);
  });
});
