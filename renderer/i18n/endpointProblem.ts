/**
 * An endpoint's trouble as a person reads it, in the window's language: the core sends it as
 * data (`EndpointStatus.problem`) beside its own English sentence, which stays the detail.
 * Each kind has a sentence saying what is wrong and a line saying what to do about it.
 */
import type { TFunction } from "i18next";
import type {
  EndpointProblem,
  EndpointProblemKind,
  EndpointSecurity,
  OfferedEndpoint,
  SecurityModeName,
  UserTokenKind,
} from "../../contract/api";
import { prepareServerText } from "../text/serverText";
import type { Formats } from "./formats";
import { tk } from "./keys";

/** One sentence per kind; the variants in describeEndpointProblem cover a missing parameter. */
export const PROBLEM_TEXT = {
  "user-refused": tk("connections.problem.user-refused"),
  "token-type-unsupported": tk("connections.problem.token-type-unsupported"),
  "certificate-untrusted": tk("connections.problem.certificate-untrusted"),
  "certificate-time-invalid": tk("connections.problem.certificate-time-invalid"),
  "client-certificate-rejected": tk("connections.problem.client-certificate-rejected"),
  refused: tk("connections.problem.refused"),
  "host-unknown": tk("connections.problem.host-unknown"),
  timeout: tk("connections.problem.timeout"),
  unreachable: tk("connections.problem.unreachable"),
  "connection-lost": tk("connections.problem.connection-lost"),
  "session-closed": tk("connections.problem.session-closed"),
  stalled: tk("connections.problem.stalled"),
  "security-mismatch": tk("connections.problem.security-mismatch"),
  "password-not-kept": tk("connections.problem.password-not-kept"),
  other: tk("connections.problem.other"),
} as const satisfies Record<EndpointProblemKind, string>;

/** What a person can do about each kind. */
export const PROBLEM_ADVICE = {
  "user-refused": tk("connections.todo.user-refused"),
  "token-type-unsupported": tk("connections.todo.token-type-unsupported"),
  "certificate-untrusted": tk("connections.todo.certificate-untrusted"),
  "certificate-time-invalid": tk("connections.todo.certificate-time-invalid"),
  "client-certificate-rejected": tk("connections.todo.client-certificate-rejected"),
  refused: tk("connections.todo.refused"),
  "host-unknown": tk("connections.todo.host-unknown"),
  timeout: tk("connections.todo.timeout"),
  unreachable: tk("connections.todo.unreachable"),
  "connection-lost": tk("connections.todo.connection-lost"),
  "session-closed": tk("connections.todo.session-closed"),
  stalled: tk("connections.todo.stalled"),
  "security-mismatch": tk("connections.todo.security-mismatch"),
  "password-not-kept": tk("connections.todo.password-not-kept"),
  other: tk("connections.todo.other"),
} as const satisfies Record<EndpointProblemKind, string>;

export const MODE_TEXT = {
  None: tk("connections.mode.None"),
  Sign: tk("connections.mode.Sign"),
  SignAndEncrypt: tk("connections.mode.SignAndEncrypt"),
} as const satisfies Record<SecurityModeName, string>;

export const TOKEN_TEXT = {
  anonymous: tk("connections.token.anonymous"),
  username: tk("connections.token.username"),
  certificate: tk("connections.token.certificate"),
  issued: tk("connections.token.issued"),
} as const satisfies Record<UserTokenKind, string>;

type ProblemFormats = Pick<Formats, "dateTime" | "locale">;

/** A parameter that came from outside the catalogue (config, certificate): no direction tricks, no wall of text. */
function clean(text: string): string {
  return prepareServerText(text, 200).shown;
}

/** A certificate time (ISO 8601 from the core) in the site's zone; a text that is not a time is shown as it is. */
export function certificateTime(text: string, formats: Pick<Formats, "dateTime">): string {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? clean(text) : formats.dateTime(ms);
}

/** "a, b or c" in the window's language. */
function orList(items: string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: "disjunction" }).format(items);
}

/** Mode in words and the policy's own name: "Signed and encrypted · Basic256Sha256". */
export function securityText(security: Pick<EndpointSecurity, "mode" | "policy">, t: TFunction): string {
  return t("connections.securityValue", { mode: t(MODE_TEXT[security.mode]), policy: clean(security.policy) });
}

function offeredSecurity(offered: OfferedEndpoint[], t: TFunction, locale: string): string {
  return orList([...new Set(offered.map((e) => securityText(e, t)))], locale);
}

/** `security`: the endpoint's configured security, which a security mismatch names beside what the server offers. */
export function describeEndpointProblem(problem: EndpointProblem, t: TFunction, formats: ProblemFormats, security?: EndpointSecurity): string {
  switch (problem.kind) {
    case "user-refused":
      return problem.user === null
        ? t("connections.problem.user-refused-anonymous")
        : t(PROBLEM_TEXT["user-refused"], { user: clean(problem.user) });
    case "token-type-unsupported": {
      const token = t(TOKEN_TEXT[problem.tokenType]);
      return problem.offered?.length
        ? t(PROBLEM_TEXT["token-type-unsupported"], { token, offered: orList(problem.offered.map((k) => t(TOKEN_TEXT[k])), formats.locale) })
        : t("connections.problem.token-type-unsupported-unknown", { token });
    }
    case "certificate-untrusted": {
      const c = problem.certificate;
      if (!c) return t("connections.problem.certificate-unreadable");
      return t(PROBLEM_TEXT["certificate-untrusted"], {
        thumbprint: clean(c.thumbprint),
        subject: clean(c.subject),
        validFrom: certificateTime(c.validFrom, formats),
        validTo: certificateTime(c.validTo, formats),
      });
    }
    case "certificate-time-invalid": {
      const c = problem.certificate;
      if (!c || !problem.validity) return t(PROBLEM_TEXT["certificate-time-invalid"]);
      const facts = { thumbprint: clean(c.thumbprint), validFrom: certificateTime(c.validFrom, formats), validTo: certificateTime(c.validTo, formats) };
      return problem.validity === "expired" ? t("connections.problem.certificate-expired", facts) : t("connections.problem.certificate-not-yet-valid", facts);
    }
    case "client-certificate-rejected":
      return problem.code
        ? t(PROBLEM_TEXT["client-certificate-rejected"], { code: clean(problem.code) })
        : t("connections.problem.client-certificate-rejected-plain");
    case "host-unknown":
      return t(PROBLEM_TEXT["host-unknown"], { host: clean(problem.host) });
    case "security-mismatch":
      return problem.offered?.length && security
        ? t(PROBLEM_TEXT["security-mismatch"], {
            mode: t(MODE_TEXT[security.mode]),
            policy: clean(security.policy),
            offered: offeredSecurity(problem.offered, t, formats.locale),
          })
        : t("connections.problem.security-mismatch-unknown");
    case "stalled":
      return t(PROBLEM_TEXT.stalled, { silent: Math.round(problem.silentMs / 1000), keepAlive: Math.max(1, Math.round(problem.keepAliveMs / 1000)) });
    case "password-not-kept":
      return t(PROBLEM_TEXT["password-not-kept"], { user: clean(problem.user) });
    case "other":
      return problem.code ? t("connections.problem.other-code", { code: clean(problem.code) }) : t(PROBLEM_TEXT.other);
    case "refused":
    case "timeout":
    case "unreachable":
    case "connection-lost":
    case "session-closed":
      return t(PROBLEM_TEXT[problem.kind]);
  }
}

export function endpointProblemAdvice(problem: EndpointProblem, t: TFunction): string {
  return t(PROBLEM_ADVICE[problem.kind]);
}
