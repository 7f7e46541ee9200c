/**
 * Trust decisions as registry entries: trusting or rejecting a server's certificate and
 * renewing the workstation's own. They are local (`local: true`): the workstation's PKI decides,
 * no server is asked and no session is needed, so they work offline too. Like every action
 * they are authorized (permission `trust`), recorded with their audit row first, then applied.
 */
import { z } from "zod";
import { WORKSTATION_ENDPOINT, type CertificateDetails, type EndpointId } from "../../../contract/api";
import type { CertificateService, FoundCertificate } from "../connections/certificate-service";
import { CoreError } from "../rpc/core-error";
import type { ActionArgs, LocalActionDefinition, PreparedAction } from "./registry";
import { wordedDetail } from "../audit/worded-detail";

/** What the entries need of the workstation's trust. */
export type CertificateDecisions = Pick<CertificateService, "find" | "presentedBy" | "trust" | "reject" | "renewOwn" | "list">;

const thumbprintPayload = z.object({ thumbprint: z.string().regex(/^[0-9a-f]{40}$/), endpointId: z.string().min(1).optional() });
type ThumbprintPayload = z.infer<typeof thumbprintPayload>;

function found(certificates: CertificateDecisions, thumbprint: string): FoundCertificate {
  const certificate = certificates.find(thumbprint);
  if (!certificate) throw new CoreError("not-found", `No server certificate with thumbprint ${thumbprint} in the workstation's PKI`);
  return certificate;
}

const facts = (c: CertificateDetails) => `thumbprint ${c.thumbprint}, issuer ${c.issuer}, valid ${c.validFrom} to ${c.validTo}`;
const certificateParams = (subject: string, c: CertificateDetails) => ({ subject, thumbprint: c.thumbprint, issuer: c.issuer, validFrom: c.validFrom, validTo: c.validTo });

/** The endpoint the row is filed under: the one the person named, else one that presented it. */
function endpointOf(certificates: CertificateDecisions, thumbprint: string, named: EndpointId | undefined): EndpointId {
  return named ?? certificates.presentedBy(thumbprint)[0] ?? WORKSTATION_ENDPOINT;
}

export function trustCertificateAction(
  certificates: CertificateDecisions,
  endpoints: ReadonlySet<EndpointId>,
): LocalActionDefinition<ActionArgs["trust-certificate"], ThumbprintPayload> {
  return {
    kind: "trust-certificate",
    permission: "trust",
    local: true,
    replayable: false,
    oncePerTarget: true,
    payload: thumbprintPayload,
    prepare({ thumbprint, endpointId }) {
      if (endpointId && !endpoints.has(endpointId)) throw new CoreError("bad-request", `No endpoint "${endpointId}" on this site`);
      const certificate = found(certificates, thumbprint);
      if (certificate.status === "trusted") throw new CoreError("bad-request", `The certificate "${certificate.details.subject}" is already trusted`);
      return {
        endpointId: endpointOf(certificates, thumbprint, endpointId),
        target: thumbprint,
        targetLabel: certificate.details.subject,
        comment: "",
        payload: { thumbprint, ...(endpointId ? { endpointId } : {}) },
      };
    },
    retryArgs: (p) => ({ thumbprint: p.thumbprint, ...(p.endpointId ? { endpointId: p.endpointId as EndpointId } : {}) }),
    apply: (p) => certificates.trust(p.thumbprint, p.endpointId as EndpointId | undefined),
    audit: (a) => {
      const c = found(certificates, a.payload.thumbprint).details;
      return wordedDetail("trust-certificate", { ...certificateParams(a.targetLabel, c), endpoint: a.endpointId }, `Trust the server certificate "${a.targetLabel}" (${facts(c)}) for endpoint "${a.endpointId}"`);
    },
  };
}

export function rejectCertificateAction(certificates: CertificateDecisions): LocalActionDefinition<ActionArgs["reject-certificate"], ThumbprintPayload> {
  return {
    kind: "reject-certificate",
    permission: "trust",
    local: true,
    replayable: false,
    oncePerTarget: true,
    payload: thumbprintPayload,
    prepare({ thumbprint }) {
      const certificate = found(certificates, thumbprint);
      if (certificate.status === "rejected") throw new CoreError("bad-request", `The certificate "${certificate.details.subject}" is already rejected`);
      return {
        endpointId: endpointOf(certificates, thumbprint, undefined),
        target: thumbprint,
        targetLabel: certificate.details.subject,
        comment: "",
        payload: { thumbprint },
      };
    },
    retryArgs: (p) => ({ thumbprint: p.thumbprint }),
    apply: (p) => certificates.reject(p.thumbprint),
    audit: (a) => {
      const c = found(certificates, a.payload.thumbprint).details;
      return wordedDetail("reject-certificate", certificateParams(a.targetLabel, c), `Reject the server certificate "${a.targetLabel}" (${facts(c)})`);
    },
  };
}

/** The outbox target of a renewal: there is one own certificate, whatever its thumbprint. */
export const OWN_CERTIFICATE_TARGET = "own-certificate";

export function renewOwnCertificateAction(certificates: CertificateDecisions): LocalActionDefinition<ActionArgs["renew-certificate"], { previous: string | null }> {
  return {
    kind: "renew-certificate",
    permission: "trust",
    local: true,
    replayable: false,
    oncePerTarget: true,
    payload: z.object({ previous: z.string().nullable() }),
    prepare(): PreparedAction<{ previous: string | null }> {
      const own = certificates.list().own;
      return {
        endpointId: WORKSTATION_ENDPOINT,
        target: OWN_CERTIFICATE_TARGET,
        targetLabel: own?.subject ?? "the workstation's certificate",
        comment: "",
        payload: { previous: own?.thumbprint ?? null },
      };
    },
    retryArgs: () => ({}),
    apply: async () => {
      await certificates.renewOwn();
    },
    audit: (a) =>
      wordedDetail(
        "renew-certificate",
        { subject: a.targetLabel, previous: a.payload.previous },
        `Renew the workstation's certificate "${a.targetLabel}"${a.payload.previous ? ` (the old one, thumbprint ${a.payload.previous}, is set aside)` : ""}; servers must trust the new one`,
      ),
  };
}
