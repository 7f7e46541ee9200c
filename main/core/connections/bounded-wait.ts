/**
 * Stopping must finish even when a server is gone: node-opcua's close and terminate calls wait
 * for answers a dead server never sends. Each such call gets a few seconds, then we go on.
 */
const STOP_WAIT_MS = 3000;

export function bounded(work: Promise<unknown>, ms = STOP_WAIT_MS): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    work
      .catch(() => undefined)
      .finally(() => {
        clearTimeout(timer);
        resolve();
      });
  });
}
