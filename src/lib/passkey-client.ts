/*
 * The browser's half of the passkey ceremonies (src/server/auth/passkeys.ts is the other): asks
 * the API for options, hands them to navigator.credentials, and posts the answer back, binary
 * fields as base64url. Used by the PasskeyAdd and PasskeySignIn components; runs only in the browser.
 */

function toBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function toBase64url(buffer: ArrayBuffer): string {
  let binary = "";
  for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** A refusal the member can read: the API's own sentence, or the browser's cancellation in plain words. */
export class PasskeyProblem extends Error {
  constructor(
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

async function postJson<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), credentials: "same-origin" });
  const answer = (await response.json().catch(() => ({}))) as { error?: { message?: string; fields?: Record<string, string> } };
  if (!response.ok) throw new PasskeyProblem(answer.error?.message ?? "Something went wrong on our side. Please try again.", answer.error?.fields ?? {});
  return answer as T;
}

function browserRefusal(error: unknown): PasskeyProblem {
  const name = error instanceof DOMException ? error.name : "";
  if (name === "NotAllowedError" || name === "AbortError") return new PasskeyProblem("The passkey prompt was closed or timed out. Nothing was changed: try again when ready.");
  if (name === "InvalidStateError") return new PasskeyProblem("This device already holds a passkey for your account.");
  if (name === "SecurityError") return new PasskeyProblem("This browser refused passkeys for this address.");
  return new PasskeyProblem("This browser could not use a passkey here.");
}

/** Whether this browser can make and use passkeys at all. */
export function passkeysSupported(): boolean {
  return typeof window !== "undefined" && typeof window.PublicKeyCredential === "function" && typeof navigator.credentials?.create === "function";
}

interface CreationOptionsJson {
  challenge: string;
  rp: { id: string; name: string };
  user: { id: string; name: string; displayName: string };
  pubKeyCredParams: { type: "public-key"; alg: number }[];
  timeout: number;
  attestation: AttestationConveyancePreference;
  authenticatorSelection: AuthenticatorSelectionCriteria;
  excludeCredentials: { type: "public-key"; id: string }[];
}

interface RequestOptionsJson {
  challenge: string;
  rpId: string;
  timeout: number;
  userVerification: UserVerificationRequirement;
  allowCredentials: { type: "public-key"; id: string }[];
}

/** Adds a passkey to the signed-in account: the password, the device's prompt, then the name. */
export async function registerPasskey(name: string, password: string): Promise<void> {
  const options = await postJson<CreationOptionsJson>("/api/auth/passkey/register/options", { password });
  let credential: Credential | null;
  try {
    credential = await navigator.credentials.create({
      publicKey: {
        ...options,
        challenge: toBytes(options.challenge),
        user: { ...options.user, id: toBytes(options.user.id) },
        excludeCredentials: options.excludeCredentials.map((item) => ({ type: item.type, id: toBytes(item.id) })),
      },
    });
  } catch (error) {
    throw browserRefusal(error);
  }
  if (!(credential instanceof PublicKeyCredential)) throw new PasskeyProblem("This browser could not make a passkey.");
  const response = credential.response as AuthenticatorAttestationResponse;
  await postJson("/api/auth/passkey/register/verify", { name, clientDataJSON: toBase64url(response.clientDataJSON), attestationObject: toBase64url(response.attestationObject) });
}

/** Signs in with a passkey (alone, or as the second step when a pending sign-in cookie is set). */
export async function signInWithPasskey(): Promise<void> {
  const options = await postJson<RequestOptionsJson>("/api/auth/passkey/sign-in/options", {});
  let credential: Credential | null;
  try {
    credential = await navigator.credentials.get({
      publicKey: { ...options, challenge: toBytes(options.challenge), allowCredentials: options.allowCredentials.map((item) => ({ type: item.type, id: toBytes(item.id) })) },
    });
  } catch (error) {
    throw browserRefusal(error);
  }
  if (!(credential instanceof PublicKeyCredential)) throw new PasskeyProblem("This browser could not use a passkey.");
  const response = credential.response as AuthenticatorAssertionResponse;
  await postJson("/api/auth/passkey/sign-in/verify", {
    credentialId: toBase64url(credential.rawId),
    clientDataJSON: toBase64url(response.clientDataJSON),
    authenticatorData: toBase64url(response.authenticatorData),
    signature: toBase64url(response.signature),
    userHandle: response.userHandle ? toBase64url(response.userHandle) : null,
  });
}
