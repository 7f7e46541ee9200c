/** node-opcua's own output reaches our log without certificate bodies. */
import { describe, expect, it } from "vitest";
import { redactBlobs } from "../../main/core/connections/opcua-log";

const PEM_BODY = "MIIEWDCCA0CgAwIBAgIRAMAf+j9lodKws+enjmOvUA0wDQYJKoZIhvcNAQELBQAwWzELMAkGA1UEBhMCRlIxEDAOBgNVBAcTB09ybGVhbnMxETAPBgNVBAoTCFN0ZXJmaXZlMScwJQYDVQQDDB5OaWEgZmllbGQgbmV0d29yayBzaW11bGF0b3JAdm0wHhcNMjYxMTI1MTgzNzU5WhcNMzYxMTIyMTgzNzU5WjBbMQswCQYDVQQGEwJGUjEQMA4GA1UEBxMHT3JsZWFucz==";

describe("node-opcua log redaction", () => {
  it("replaces a certificate body and keeps the thumbprint line", () => {
    expect(redactBlobs(`serverCertificate =  ${PEM_BODY}`)).toBe(`serverCertificate =  [${PEM_BODY.length} base64 characters not logged]`);
    const thumb = "serverCertificate =  d36f132c18de884ed07539a18fa8dde8c398c0e4";
    expect(redactBlobs(thumb)).toBe(thumb);
  });
});
