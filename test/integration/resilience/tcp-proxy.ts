/**
 * A TCP proxy on loopback between the core and a server, for the link troubles a field network
 * has: a stall (both directions stop, the sockets stay open: a VPN or radio link that hangs) and
 * a cut (every open connection reset at once). Plain `net`, bytes passed on untouched.
 */
import net from "node:net";

export interface TcpProxy {
  /** The server's opc.tcp URL with the proxy's port in it. */
  url: string;
  /** Stops forwarding both ways; what arrives meanwhile waits in the sockets. Answers when it began. */
  stall(): number;
  /** Forwards again, what waited first. */
  resume(): void;
  /** Resets every open connection; new ones are accepted (and stalled if the proxy is). */
  cut(): void;
  /** Connections opened through the proxy so far. */
  connections(): number;
  close(): Promise<void>;
}

interface Pair {
  client: net.Socket;
  server: net.Socket;
}

export async function startTcpProxy(targetUrl: string): Promise<TcpProxy> {
  const target = new URL(targetUrl.replace(/^opc\.tcp:/, "http:"));
  const pairs = new Set<Pair>();
  let stalled = false;
  let opened = 0;

  const hold = (pair: Pair) => {
    pair.client.pause();
    pair.server.pause();
  };
  const flow = (pair: Pair) => {
    pair.client.resume();
    pair.server.resume();
  };

  const proxy = net.createServer((client) => {
    opened++;
    const server = net.connect(Number(target.port), target.hostname);
    const pair = { client, server };
    pairs.add(pair);
    // Manual forwarding, not pipe(): pause() must stop the bytes, and pipe() resumes on drain.
    client.on("data", (chunk) => server.write(chunk));
    server.on("data", (chunk) => client.write(chunk));
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      server.destroy();
    };
    client.on("close", end);
    server.on("close", end);
    client.on("error", () => undefined);
    server.on("error", () => undefined);
    if (stalled) hold(pair);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const { port } = proxy.address() as net.AddressInfo;
  const url = targetUrl.replace(/^(opc\.tcp:\/\/[^/:]+):\d+/, `$1:${port}`);

  return {
    url,
    stall() {
      stalled = true;
      for (const pair of pairs) hold(pair);
      return Date.now();
    },
    resume() {
      stalled = false;
      for (const pair of pairs) flow(pair);
    },
    cut() {
      for (const pair of [...pairs]) {
        pair.client.resetAndDestroy();
        pair.server.destroy();
      }
    },
    connections: () => opened,
    close: async () => {
      for (const pair of [...pairs]) {
        pair.client.destroy();
        pair.server.destroy();
      }
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    },
  };
}
