/**
 * Tag list files in the browser: a picked file's bytes as base64 for the contract (the core
 * detects the encoding, so nothing is decoded here), and an exported file handed back through a
 * Blob link, byte for byte (its BOM included).
 */
import { downloadBlob } from "../shell/download";

/** Below the call stack's argument limit of String.fromCharCode. */
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

export function downloadBytes(base64: string, fileName: string): void {
  downloadBlob(new Blob([base64ToBytes(base64)], { type: "text/csv;charset=utf-8" }), fileName);
}
