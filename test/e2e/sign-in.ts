/**
 * Signing in through the UI, as a person does, and calling the contract directly, as a window
 * that ignores what the UI offers would. Sign-in is per workstation (the core), so a spec that
 * acts signs in first and leaves nobody signed in behind it.
 */
import { expect, type Page } from "@playwright/test";

/** The Niš demo people (resources/sites/nis.json). */
export const PEOPLE = {
  operator: { login: "operator", password: "operator-nis", name: "Ana Petrović" },
  supervisor: { login: "supervisor", password: "supervisor-nis", name: "Marko Jovanović" },
} as const;

/** Signs whoever is signed in out, through the top bar, until the station is read-only. */
export async function signOut(page: Page): Promise<void> {
  const control = page.getByTestId("session-control");
  await expect(control).toBeVisible({ timeout: 30_000 });
  if ((await control.getAttribute("data-signed-in")) === "true") await page.getByTestId("sign-out-button").click();
  await expect(page.getByTestId("read-only")).toBeVisible({ timeout: 15_000 });
}

/** Signs a person in through the sign-in dialog: typed login, typed password, Enter. */
export async function signIn(page: Page, who: keyof typeof PEOPLE): Promise<void> {
  const person = PEOPLE[who];
  await signOut(page);
  await page.getByTestId("sign-in-button").click();
  // Focus starts in the login field.
  await expect(page.getByTestId("sign-in-login")).toBeFocused();
  await page.keyboard.type(person.login);
  await page.getByTestId("sign-in-password").fill(person.password);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("session-control")).toHaveAttribute("data-login", person.login, { timeout: 30_000 });
  await expect(page.getByTestId("current-user")).toContainText(person.name);
}

export type CallAnswer = { result: unknown } | { error: { code: string; message: string } };

/**
 * Calls a contract method as this page's window may: through window.controlRoom in Electron,
 * or in host mode over the host's WebSocket with the page's own token (the same contract).
 */
export function callContract(page: Page, method: string, args: unknown): Promise<CallAnswer> {
  return page.evaluate(
    ({ method, args }) =>
      new Promise<CallAnswer>((resolve) => {
        const api = (window as unknown as { controlRoom?: Record<string, (a: unknown) => Promise<unknown>> }).controlRoom;
        if (api) {
          api[method]!(args).then(
            (result) => resolve({ result }),
            (e: { code?: string; message?: string }) => resolve({ error: { code: e.code ?? "", message: e.message ?? String(e) } }),
          );
          return;
        }
        const token = new URLSearchParams(location.search).get("token") ?? "";
        const socket = new WebSocket(`ws://${location.host}/api?token=${encodeURIComponent(token)}`);
        socket.onopen = () => socket.send(JSON.stringify({ kind: "call", id: 1, method, args }));
        socket.onmessage = (event) => {
          const message = JSON.parse(String(event.data)) as { kind: string; id?: number; result?: unknown; error?: { code: string; message: string } };
          if (message.kind === "event" || message.id !== 1) return;
          socket.close();
          resolve(message.kind === "result" ? { result: message.result } : { error: message.error! });
        };
      }),
    { method, args },
  );
}
