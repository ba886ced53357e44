import { encodeBase64urlNoPadding } from "@oslojs/encoding";
import { describe, expect, it } from "vitest";
import {
  challengeIdOf,
  newChallenge,
  p256PublicKeyInfo,
  relyingPartyFor,
  signCountAdvances,
  verifyAssertion,
  verifyRegistration,
  WEBAUTHN_CHALLENGE_MS,
  WebAuthnRefusal,
  type ChallengeLedger,
  type ChallengePurpose,
  type CredentialLookup,
  type IssuedChallenge,
  type NewCredential,
  type StoredCredential,
} from "../../../src/server/auth/webauthn";
import { fromBase64url, SoftAuthenticator, type AssertionJson, type RegistrationJson } from "../../support/soft-authenticator";

const relyingParty = { id: "rounds.example", origin: "https://rounds.example" };
const NOW = Date.UTC(2026, 10, 3, 9);
const USER = 7;

/** The database's ledger, in memory: a take removes the challenge. */
class MemoryLedger implements ChallengeLedger {
  private readonly issued = new Map<string, IssuedChallenge & { purpose: ChallengePurpose }>();
  issue(purpose: ChallengePurpose, userId: number | null, at = NOW): string {
    const challenge = newChallenge();
    this.issued.set(challengeIdOf(challenge), { purpose, userId, expiresAt: at + WEBAUTHN_CHALLENGE_MS });
    return encodeBase64urlNoPadding(challenge);
  }
  async take(challengeId: string, purpose: ChallengePurpose): Promise<IssuedChallenge | null> {
    const found = this.issued.get(challengeId);
    if (!found || found.purpose !== purpose) return null;
    this.issued.delete(challengeId);
    return { userId: found.userId, expiresAt: found.expiresAt };
  }
}

class MemoryCredentials implements CredentialLookup {
  readonly stored = new Map<string, StoredCredential>();
  add(credentialId: Uint8Array, credential: NewCredential) {
    this.stored.set(encodeBase64urlNoPadding(credentialId), {
      passkeyId: this.stored.size + 1,
      userId: USER,
      publicKey: credential.publicKey,
      algorithm: credential.algorithm,
      signCount: credential.signCount,
    });
  }
  async find(credentialId: Uint8Array) {
    return this.stored.get(encodeBase64urlNoPadding(credentialId)) ?? null;
  }
}

const registration = (json: RegistrationJson) => ({ clientDataJSON: fromBase64url(json.clientDataJSON), attestationObject: fromBase64url(json.attestationObject) });
const assertion = (json: AssertionJson) => ({
  credentialId: fromBase64url(json.credentialId),
  clientDataJSON: fromBase64url(json.clientDataJSON),
  authenticatorData: fromBase64url(json.authenticatorData),
  signature: fromBase64url(json.signature),
});

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WebAuthnRefusal) return error.reason;
    throw error;
  }
  return "accepted";
}

async function registered(algorithm: "ES256" | "RS256" = "ES256") {
  const ledger = new MemoryLedger();
  const credentials = new MemoryCredentials();
  const device = await SoftAuthenticator.create({ rpId: relyingParty.id, origin: relyingParty.origin, algorithm });
  const answer = await device.register(ledger.issue("register", USER));
  const credential = await verifyRegistration(registration(answer), { relyingParty, challenges: ledger, now: NOW, userId: USER });
  credentials.add(credential.credentialId, credential);
  const signIn = (json: AssertionJson, now = NOW) => verifyAssertion(assertion(json), { relyingParty, challenges: ledger, credentials, now });
  return { ledger, credentials, device, credential, signIn };
}

describe("registration", () => {
  it("accepts an ES256 passkey made for this site and returns its key as SubjectPublicKeyInfo", async () => {
    const { credential, device } = await registered();
    expect(credential.algorithm).toBe(-7);
    expect(credential.credentialId).toEqual(device.credentialId);
    expect(credential.publicKey[0]).toBe(0x30); // a DER SEQUENCE
    expect(credential.userVerified).toBe(true);
  });

  it("accepts RS256 too", async () => {
    const { credential, device, ledger, signIn } = await registered("RS256");
    expect(credential.algorithm).toBe(-257);
    await expect(signIn(await device.assert(ledger.issue("sign_in", null)))).resolves.toMatchObject({ signCount: 2 });
  });

  it("refuses a wrong challenge, origin, RP ID hash, ceremony type, another member's challenge, a replay and an expired challenge", async () => {
    const ledger = new MemoryLedger();
    const device = await SoftAuthenticator.create({ rpId: relyingParty.id, origin: relyingParty.origin });
    const register = (json: RegistrationJson, now = NOW, userId = USER) => refusal(verifyRegistration(registration(json), { relyingParty, challenges: ledger, now, userId }));

    expect(await register(await device.register(ledger.issue("register", USER), { challenge: encodeBase64urlNoPadding(newChallenge()) }))).toBe(
      "challenge unknown or already used",
    );
    expect(await register(await device.register(ledger.issue("register", USER), { origin: "https://rounds.example.evil" }))).toBe("origin is not this site");
    expect(await register(await device.register(ledger.issue("register", USER), { rpId: "evil.example" }))).toBe("RP ID hash is not this site's");
    expect(await register(await device.register(ledger.issue("register", USER), { type: "webauthn.get" }))).toBe("client data is of the other ceremony");
    expect(await register(await device.register(ledger.issue("register", USER), { crossOrigin: true }))).toBe("answered from a cross-origin frame");
    expect(await register(await device.register(ledger.issue("register", USER), { userPresent: false }))).toBe("user not present");
    expect(await register(await device.register(ledger.issue("register", USER + 1)))).toBe("challenge was issued to another account");
    // A sign-in challenge does not register.
    expect(await register(await device.register(ledger.issue("sign_in", null)))).toBe("challenge unknown or already used");

    const answer = await device.register(ledger.issue("register", USER));
    expect(await register(answer)).toBe("accepted");
    expect(await register(answer)).toBe("challenge unknown or already used");

    const late = await device.register(ledger.issue("register", USER, NOW));
    expect(await register(late, NOW + WEBAUTHN_CHALLENGE_MS)).toBe("challenge expired");
  });

  it("refuses malformed client data and attestation objects", async () => {
    const ledger = new MemoryLedger();
    const options = { relyingParty, challenges: ledger, now: NOW, userId: USER };
    expect(await refusal(verifyRegistration({ clientDataJSON: new TextEncoder().encode("{"), attestationObject: new Uint8Array(3) }, options))).toBe(
      "client data is not well formed",
    );
    const device = await SoftAuthenticator.create({ rpId: relyingParty.id, origin: relyingParty.origin });
    const answer = await device.register(ledger.issue("register", USER));
    expect(await refusal(verifyRegistration({ clientDataJSON: fromBase64url(answer.clientDataJSON), attestationObject: new Uint8Array([0xa0]) }, options))).toBe(
      "attestation object is not well formed",
    );
  });
});

describe("assertion", () => {
  it("signs in with a known passkey, reporting the new counter and user verification", async () => {
    const { device, ledger, signIn } = await registered();
    const verified = await signIn(await device.assert(ledger.issue("sign_in", null)));
    expect(verified).toMatchObject({ signCount: 2, userVerified: true, credential: { userId: USER } });
  });

  it("refuses a wrong challenge, origin and RP ID hash, a replayed or expired challenge, a registration challenge", async () => {
    const { device, ledger, signIn } = await registered();
    const issue = () => ledger.issue("sign_in", null);
    expect(await refusal(signIn(await device.assert(issue(), { challenge: encodeBase64urlNoPadding(newChallenge()) })))).toBe("challenge unknown or already used");
    expect(await refusal(signIn(await device.assert(issue(), { origin: "http://rounds.example" })))).toBe("origin is not this site");
    expect(await refusal(signIn(await device.assert(issue(), { rpId: "example" })))).toBe("RP ID hash is not this site's");
    expect(await refusal(signIn(await device.assert(issue(), { type: "webauthn.create" })))).toBe("client data is of the other ceremony");
    expect(await refusal(signIn(await device.assert(ledger.issue("register", USER))))).toBe("challenge unknown or already used");

    const answer = await device.assert(issue());
    expect(await refusal(signIn(answer))).toBe("accepted");
    expect(await refusal(signIn(answer))).toBe("challenge unknown or already used");

    const old = await device.assert(ledger.issue("sign_in", null, NOW - WEBAUTHN_CHALLENGE_MS));
    expect(await refusal(signIn(old))).toBe("challenge expired");
  });

  it("refuses an unknown credential, a signature by another key, and a tampered authenticator data", async () => {
    const { device, ledger, signIn } = await registered();
    const stranger = await SoftAuthenticator.create({ rpId: relyingParty.id, origin: relyingParty.origin });
    expect(await refusal(signIn(await stranger.assert(ledger.issue("sign_in", null))))).toBe("unknown credential");

    const forged = await stranger.assert(ledger.issue("sign_in", null));
    expect(await refusal(signIn({ ...forged, credentialId: device.credentialIdText }))).toBe("signature does not verify");

    const honest = await device.assert(ledger.issue("sign_in", null), { userVerified: false });
    const data = fromBase64url(honest.authenticatorData);
    data[32] = data[32]! | 0x04; // claim user verification after signing
    expect(await refusal(signIn({ ...honest, authenticatorData: encodeBase64urlNoPadding(data) }))).toBe("signature does not verify");
  });

  it("refuses a counter that does not move forward, and accepts a device that keeps none", async () => {
    const { device, ledger, credentials, signIn } = await registered();
    const stored = [...credentials.stored.values()][0]!;
    stored.signCount = 5;
    expect(await refusal(signIn(await device.assert(ledger.issue("sign_in", null), { counter: 5 })))).toBe("signature counter did not advance");
    expect(await refusal(signIn(await device.assert(ledger.issue("sign_in", null), { counter: 3 })))).toBe("signature counter did not advance");
    expect(await refusal(signIn(await device.assert(ledger.issue("sign_in", null), { counter: 6 })))).toBe("accepted");

    expect(signCountAdvances(0, 0)).toBe(true);
    expect(signCountAdvances(0, 1)).toBe(true);
    expect(signCountAdvances(4, 0)).toBe(false);
  });

  it("refuses an assertion without user presence", async () => {
    const { device, ledger, signIn } = await registered();
    expect(await refusal(signIn(await device.assert(ledger.issue("sign_in", null), { userPresent: false })))).toBe("user not present");
  });
});

describe("the relying party", () => {
  it("is SITE_URL's host in production, whatever host the request names", () => {
    expect(relyingPartyFor("https://rounds.example", "https://rounds.example")).toEqual({ id: "rounds.example", origin: "https://rounds.example" });
    expect(relyingPartyFor("https://rounds.example", "https://other.example")).toEqual({ id: "rounds.example", origin: "https://rounds.example" });
  });

  it("is the request's own loopback host on this machine (127.0.0.1 or localhost, as the browser sees it)", () => {
    expect(relyingPartyFor("http://127.0.0.1:4321", "http://localhost:4321")).toEqual({ id: "localhost", origin: "http://localhost:4321" });
    expect(relyingPartyFor("http://127.0.0.1:4321", "http://127.0.0.1:4321")).toEqual({ id: "127.0.0.1", origin: "http://127.0.0.1:4321" });
    expect(relyingPartyFor(undefined, "http://localhost:8787")).toEqual({ id: "localhost", origin: "http://localhost:8787" });
  });

  it("refuses without SITE_URL away from this machine, naming the variable", () => {
    expect(() => relyingPartyFor(undefined, "https://rounds.example")).toThrow(/SITE_URL/);
  });
});

/** A P-256 key pair whose exported y coordinate starts with `leadingZero` ? a zero byte : a non-zero one. */
async function p256KeyWhoseY(leadingZero: boolean): Promise<{ spki: Uint8Array; x: bigint; y: bigint }> {
  const toBigInt = (bytes: Uint8Array) => bytes.reduce((value, byte) => (value << 8n) | BigInt(byte), 0n);
  // One key in 256 has a y whose first byte is zero: 5,000 tries find one all but always.
  for (let attempt = 0; attempt < 5000; attempt++) {
    const keys = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]);
    const raw = new Uint8Array(await crypto.subtle.exportKey("raw", keys.publicKey));
    if ((raw[33] === 0) !== leadingZero) continue;
    const spki = new Uint8Array(await crypto.subtle.exportKey("spki", keys.publicKey));
    return { spki, x: toBigInt(raw.slice(1, 33)), y: toBigInt(raw.slice(33, 65)) };
  }
  throw new Error("no such key in 5,000 tries");
}

describe("a P-256 public key as SubjectPublicKeyInfo", () => {
  it.each([false, true])("equals WebCrypto's own encoding when y starts with a zero byte: %s", async (leadingZero) => {
    const key = await p256KeyWhoseY(leadingZero);
    expect(p256PublicKeyInfo(key.x, key.y)).toEqual(key.spki);
  });
});
