/**
 * Audit details in the reader's language: the core writes a code and parameters beside the
 * English sentence (contract/audit-detail.ts, main/core/audit/worded-detail.ts), the window words
 * them from its catalogue (renderer/i18n/auditDetail.ts), and a row written before shows its own
 * stored sentence. Start-up notices travel the same way (contract/start-notice.ts).
 */
import { describe, expect, it } from "vitest";
import type { AlarmHistoryAuditRow } from "../../contract/api";
import { AUDIT_DETAIL_CODES, decodeAuditDetail, encodeAuditDetail, type AuditDetail, type AuditDetailCode } from "../../contract/audit-detail";
import { decodeStartNotice, encodeStartNotice, START_NOTICE_CODES } from "../../contract/start-notice";
import { readDetail, retryDetail, wordedDetail } from "../../main/core/audit/worded-detail";
import { lastShelve, writtenText } from "../../main/core/handover/handover-summary";
import { rowTexts } from "../../renderer/history/historyColumns";
import { actionName } from "../../renderer/i18n/actionName";
import { describeAuditDetail } from "../../renderer/i18n/auditDetail";
import { createFormats } from "../../renderer/i18n/formats";
import { createI18n } from "../../renderer/i18n/i18n";
import type { Language } from "../../renderer/i18n/languages";
import { startNoticeText } from "../../renderer/shell/startNoticeText";

function reader(language: Language) {
  const t = createI18n(language).t;
  const formats = createFormats(language, "Europe/Belgrade", t);
  return (stored: string) => describeAuditDetail(readDetail(stored), t, formats);
}
const sr = reader("sr-Latn");
const en = reader("en");

/** One sample of each code, with every parameter its sentence takes. */
const SAMPLES: Record<AuditDetailCode, AuditDetail["params"]> = {
  "signed-in": { verified: "offline" },
  "signed-out": {},
  "signed-out-refused": { reason: "BadUserAccessDenied" },
  note: { target: "Pumpa P1", photo: null, text: "Zamenjen ležaj" },
  discarded: { id: 7, kind: "acknowledge", target: "Pumpa P1", reason: "stari alarm" },
  "model-asset-saved": { name: "Pumpa P1", version: 3, summary: "+1 tag" },
  "model-asset-deleted": { name: "Pumpa P1", version: 4, summary: "-1 tag" },
  "tag-list-imported": { endpoint: "nis-water", assets: 2, tags: 9, created: 1, changed: 1, unchanged: 0, fromVersion: 5, toVersion: 6 },
  "tag-list-stopped": { line: 12, saved: 0, fromVersion: null, toVersion: null },
  "keep-password": { user: "stanica", endpoint: "nis-water", keeper: "key-file" },
  "handover-note": { shiftFrom: Date.UTC(2026, 10, 26, 6), shiftTo: Date.UTC(2026, 10, 26, 14), text: "Pumpa P1 na popravci" },
  "trust-certificate": { subject: "CN=water", thumbprint: "AB12", issuer: "CN=ca", validFrom: "2026-01-01T00:00:00.000Z", validTo: "2027-01-01T00:00:00.000Z", endpoint: "nis-water" },
  "reject-certificate": { subject: "CN=water", thumbprint: "AB12", issuer: "CN=ca", validFrom: "2026-01-01T00:00:00.000Z", validTo: "2027-01-01T00:00:00.000Z" },
  "renew-certificate": { subject: "CN=ccr", previous: "CD34" },
  command: { target: "Ventil V2", previous: null, value: "1" },
  acknowledge: { target: "Pumpa P1: visok pritisak", comment: null },
  confirm: { target: "Pumpa P1: visok pritisak", comment: "proveren" },
  comment: { target: "Pumpa P1: visok pritisak", comment: "ekipa izašla" },
  "shelve-timed": { target: "Pumpa P1: visok pritisak", minutes: 30, reason: "radovi" },
  "shelve-one-shot": { target: "Pumpa P1: visok pritisak", reason: "radovi" },
  unshelve: { target: "Pumpa P1: visok pritisak" },
  enable: { target: "Pumpa P1: visok pritisak", comment: "popravljeno" },
  disable: { target: "Pumpa P1: visok pritisak", comment: "na popravci" },
};

describe("stored audit details", () => {
  it("read back a worded row as its sentence and its code and parameters", () => {
    const stored = wordedDetail("acknowledge", { target: "Pumpa P1", comment: null }, 'Acknowledge "Pumpa P1"');
    expect(decodeAuditDetail(stored)).toEqual({ text: 'Acknowledge "Pumpa P1"', worded: { code: "acknowledge", params: { target: "Pumpa P1", comment: null } } });
  });

  it("read an old plain row, or text that only looks like a record, as its own sentence", () => {
    for (const old of ['Acknowledge "Pumpa P1"', '{"code":"acknowledge"', '{"code":"no-such-code","params":{},"text":"x"}', '{"code":"note","params":{"a":{}},"text":"x"}']) {
      expect(decodeAuditDetail(old)).toEqual({ text: old, worded: null });
    }
  });

  it("mark a retry with the outbox action it repeats, keeping the action's code", () => {
    const retried = decodeAuditDetail(retryDetail(7, wordedDetail("unshelve", { target: "P1" }, 'Unshelve "P1"')));
    expect(retried).toEqual({ text: 'Retry of #7: Unshelve "P1"', worded: { code: "unshelve", params: { target: "P1" }, retryOf: 7 } });
    expect(retryDetail(7, 'Unshelve "P1"')).toBe('Retry of #7: Unshelve "P1"');
  });
});

describe("audit details in the reader's language", () => {
  it("word every code in Serbian and in English, leaving no placeholder", () => {
    for (const code of AUDIT_DETAIL_CODES) {
      const stored = encodeAuditDetail({ code, params: SAMPLES[code] }, `English sentence of ${code}`);
      for (const text of [sr(stored), en(stored)]) {
        expect(text, code).not.toBe(`English sentence of ${code}`);
        expect(text, code).not.toMatch(/\{\{|undefined|null/);
      }
      expect(sr(stored), code).not.toBe(en(stored));
    }
  });

  it("say what was done with the row's own names and words", () => {
    const shelve = encodeAuditDetail({ code: "shelve-timed", params: SAMPLES["shelve-timed"] }, "x");
    expect(sr(shelve)).toBe("Odložen „Pumpa P1: visok pritisak“ na 30 min — radovi");
    expect(en(shelve)).toBe("Shelved “Pumpa P1: visok pritisak” for 30 min — radovi");
    const ack = (comment: string | null) => encodeAuditDetail({ code: "acknowledge", params: { target: "P1", comment } }, "x");
    expect(sr(ack(null))).toBe("Potvrđen prijem „P1“");
    expect(sr(ack("viđeno"))).toBe("Potvrđen prijem „P1“ — viđeno");
    const command = encodeAuditDetail({ code: "command", params: SAMPLES.command }, "x");
    expect(sr(command)).toBe("Komanda „Ventil V2“: (nepoznato) → 1");
    const discarded = encodeAuditDetail({ code: "discarded", params: SAMPLES.discarded }, "x");
    expect(sr(discarded)).toBe(`Odbačena radnja br. 7 (${actionName("acknowledge", createI18n("sr-Latn").t)}, Pumpa P1): stari alarm`);
    expect(en(discarded)).toBe(`Discarded action #7 (${actionName("acknowledge", createI18n("en").t)}, Pumpa P1): stari alarm`);
    expect(en(discarded)).not.toContain("(acknowledge,");
  });

  it("show times in the site's zone", () => {
    const note = encodeAuditDetail({ code: "handover-note", params: SAMPLES["handover-note"] }, "x");
    expect(sr(note)).toMatch(/^Potpisana primopredajna beleška smene .*07:00.*–.*15:00.*: Pumpa P1 na popravci$/);
  });

  it("word a retry in the reader's language", () => {
    const stored = retryDetail(7, wordedDetail("unshelve", { target: "P1" }, 'Unshelve "P1"'));
    expect(sr(stored)).toBe("Ponovni pokušaj radnje br. 7: Vraćen iz odlaganja „P1“");
    expect(en(stored)).toBe("Retry of #7: Unshelved “P1”");
  });

  it("show an old row's stored sentence as it is, and a record with parameters it cannot word by its sentence", () => {
    expect(sr('Acknowledge "Pumpa P1" — old row')).toBe('Acknowledge "Pumpa P1" — old row');
    expect(sr(encodeAuditDetail({ code: "signed-in", params: { verified: "by-magic" } }, "Signed in (by-magic)"))).toBe("Signed in (by-magic)");
  });
});

describe("the handover's reading of worded rows", () => {
  const row = (action: string, stored: string) => ({ action, userName: "Ana", time: 5, ...readDetail(stored) });
  it("takes a note's and a handover note's text, and a shelve's reason, from the parameters", () => {
    const note = wordedDetail("note", { target: "P1", photo: null, text: 'Rekao: "ok" — gotovo' }, 'Note on "P1": Rekao: "ok" — gotovo');
    const r = row("note", note);
    expect(writtenText(r.action, r.detail, r.worded)).toBe('Rekao: "ok" — gotovo');
    const shelve = row("shelve", wordedDetail("shelve-one-shot", { target: 'A "quoted" — name', reason: "radovi" }, 'Shelve until normal "A "quoted" — name" — radovi'));
    expect(lastShelve([shelve as never])?.reason).toBe("radovi");
    expect(writtenText("note", 'Note on "P1": staro', null)).toBe("staro");
  });
});

describe("start-up notices in the reader's language", () => {
  const srT = createI18n("sr-Latn").t;
  const enT = createI18n("en").t;
  it("word each notice the core raises at start from its code and parameters", () => {
    const empty = encodeStartNotice({ code: "store-empty", file: "/d/store.sqlite", aside: "/d/store.sqlite.corrupt-1" }, "The local store was empty");
    expect(startNoticeText(empty, srT)).toMatch(/^Lokalna baza \/d\/store\.sqlite bila je prazna .* sačuvana je kao \/d\/store\.sqlite\.corrupt-1 /);
    expect(startNoticeText(empty, enT)).toMatch(/^The local store \/d\/store\.sqlite was empty .* kept as \/d\/store\.sqlite\.corrupt-1 /);
    const rows = encodeStartNotice({ code: "rows-set-aside", rows: "alarm-journal", count: 3 }, "3 alarm journal rows …");
    expect(startNoticeText(rows, srT)).toMatch(/^Redovi dnevnika alarma .*: 3\. Premešteni su u tabelu set_aside/);
    const broken = encodeStartNotice({ code: "audit-broken", file: "/d/s", seq: 6, at: 1, problem: "row-missing", missingFrom: 4, missingTo: 5 }, "broken");
    expect(startNoticeText(broken, srT)).toBe(
      `Revizijski trag lokalne baze /d/s prekinut je kod zapisa br. 6: ${srT("audit.problem.row-missing-range", { from: 4, to: 5 })} Otvorite prikaz Revizija za pojedinosti; datoteku ostavite kakva jeste.`,
    );
    for (const code of START_NOTICE_CODES) expect(srT(`startNotice.${code === "rows-set-aside" ? "rowsLastValue" : code}`)).not.toMatch(/^startNotice\./);
  });

  it("show a plain notice, or one it cannot read, as it came", () => {
    expect(startNoticeText("Disk full", srT)).toBe("Disk full");
    const odd = '{"code":"rows-set-aside","rows":"elsewhere","count":1,"text":"1 row"}';
    expect(startNoticeText(odd, srT)).toBe(odd);
    expect(decodeStartNotice(encodeStartNotice({ code: "rows-set-aside", rows: "last-value", count: 1 }, "1 last-value row"))).toEqual({
      text: "1 last-value row",
      notice: { code: "rows-set-aside", rows: "last-value", count: 1 },
    });
  });
});

describe("the history's audit rows", () => {
  it("give the detail column in the reader's language, and an old row's stored sentence", () => {
    const t = createI18n("sr-Latn").t;
    const formats = createFormats("sr-Latn", "Europe/Belgrade", t);
    const row = (stored: string): AlarmHistoryAuditRow => ({
      kind: "audit",
      key: "audit-1",
      time: 1,
      userName: "Ana",
      role: "operator",
      action: "unshelve",
      target: "e|a",
      targetLabel: null,
      ...readDetail(stored),
      alarmId: null,
      priority: null,
      service: null,
      district: null,
    });
    expect(rowTexts(row(wordedDetail("unshelve", { target: "P1" }, 'Unshelve "P1"')), t, formats).detail).toBe("Vraćen iz odlaganja „P1“");
    expect(rowTexts(row('Unshelve "P1"'), t, formats).detail).toBe('Unshelve "P1"');
  });
});
