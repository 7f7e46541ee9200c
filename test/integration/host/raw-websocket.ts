/**
 * A WebSocket client made of bytes on a plain TCP socket, so a test can send what no library
 * would: unmasked frames, invalid UTF-8, reserved opcodes, absurd lengths.
 */
import crypto from "node:crypto";
import net from "node:net";

export interface RawSocket {
  socket: net.Socket;
  /** Everything the server sent after the 101 response. */
  received(): Buffer;
  /** Resolves when the server has closed the TCP connection. */
  closed: Promise<void>;
}

export async function rawUpgrade(port: number, token: string): Promise<RawSocket> {
  const socket = net.connect(port, "127.0.0.1");
  socket.on("error", () => {}); // a reset from the server is an expected outcome here
  let buffer = Buffer.alloc(0);
  let upgraded = false;
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    socket.on("data", (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (upgraded) return;
      const end = buffer.indexOf("\r\n\r\n");
      if (end < 0) return;
      const head = buffer.subarray(0, end).toString();
      if (!head.startsWith("HTTP/1.1 101")) reject(new Error(`upgrade refused: ${head.split("\r\n")[0]}`));
      upgraded = true;
      buffer = buffer.subarray(end + 4);
      resolve();
    });
    socket.once("close", () => reject(new Error("closed before the upgrade")));
    socket.write(
      [
        `GET /api?token=${encodeURIComponent(token)} HTTP/1.1`,
        `Host: 127.0.0.1:${port}`,
        "Upgrade: websocket",
        "Connection: Upgrade",
        `Sec-WebSocket-Key: ${crypto.randomBytes(16).toString("base64")}`,
        "Sec-WebSocket-Version: 13",
        "",
        "",
      ].join("\r\n"),
    );
  });
  return { socket, received: () => buffer, closed };
}

export interface FrameOptions {
  fin?: boolean;
  mask?: boolean;
  /** Claim this length in the header instead of the payload's (as a 64-bit length). */
  claimedLength?: bigint;
}

export function frame(opcode: number, payload: Buffer, options: FrameOptions = {}): Buffer {
  const { fin = true, mask = true } = options;
  const parts: Buffer[] = [Buffer.from([(fin ? 0x80 : 0) | opcode])];
  const maskBit = mask ? 0x80 : 0;
  if (options.claimedLength !== undefined) {
    const len = Buffer.alloc(8);
    len.writeBigUInt64BE(options.claimedLength);
    parts.push(Buffer.from([maskBit | 127]), len);
  } else if (payload.length < 126) {
    parts.push(Buffer.from([maskBit | payload.length]));
  } else if (payload.length < 65536) {
    const len = Buffer.alloc(2);
    len.writeUInt16BE(payload.length);
    parts.push(Buffer.from([maskBit | 126]), len);
  } else {
    const len = Buffer.alloc(8);
    len.writeBigUInt64BE(BigInt(payload.length));
    parts.push(Buffer.from([maskBit | 127]), len);
  }
  if (mask) {
    const key = crypto.randomBytes(4);
    const masked = Buffer.alloc(payload.length);
    for (let i = 0; i < payload.length; i++) masked[i] = payload[i]! ^ key[i % 4]!;
    parts.push(key, masked);
  } else {
    parts.push(payload);
  }
  return Buffer.concat(parts);
}

export const textFrame = (text: string) => frame(0x1, Buffer.from(text));

/** The status code of the first close frame among the server's (unmasked) frames, if any. */
export function closeCode(data: Buffer): number | null {
  let at = 0;
  while (at + 2 <= data.length) {
    const opcode = data[at]! & 0x0f;
    let len = data[at + 1]! & 0x7f;
    let head = 2;
    if (len === 126) {
      len = data.readUInt16BE(at + 2);
      head = 4;
    } else if (len === 127) {
      len = Number(data.readBigUInt64BE(at + 2));
      head = 10;
    }
    if (opcode === 0x8) return len >= 2 ? data.readUInt16BE(at + head) : null;
    at += head + len;
  }
  return null;
}
