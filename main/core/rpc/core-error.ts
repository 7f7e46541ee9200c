/** An error meant for a person: a code the renderer can branch on and a sentence it can show. */
export class CoreError extends Error {
  constructor(
    readonly code: "bad-request" | "forbidden" | "not-found" | "unavailable" | "internal",
    message: string,
  ) {
    super(message);
    this.name = "CoreError";
  }
}
