import { sha256 } from "@oslojs/crypto/sha2";
import { decodePKIXECDSASignature, p256 } from "@oslojs/crypto/ecdsa";
import { RSAPublicKey } from "@oslojs/crypto/rsa";
import { encodeHexLowerCase } from "@oslojs/encoding";
import {
  ClientDataType,
  COSEKeyType,
  coseAlgorithmES256,
  coseAlgorithmRS256,
  coseEllipticCurveP256,
  createAssertionSignatureMessage,
  parseAttestationObject,
  parseAuthenticatorData,
  parseClientDataJSON,
  type COSEPublicKey,
  type ClientData,
} from "@oslojs/webauthn";
import { DomainError } from "../errors";

/*
 * The WebAuthn checks of a relying party (W3C Web Authentication, §7.1 registration and §7.2
 * authentication), for passkeys (passkeys.ts). Parsing is @oslojs/webauthn's; signatures are
 * checked by WebCrypto (native in workerd and Node). Rules, each one a refusal when it fails:
 * - the client data has the ceremony's type, a challenge that was issued for this purpose, is
 *   taken once (single use) and is less than 5 minutes old, this site's origin, and no
 *   cross-origin flag;
 * - the authenticator data carries the SHA-256 of this site's RP ID and the user-present flag;
 * - a new credential's key is ES256 (P-256) or RS256 (2048 bits or more), nothing else;
 * - an assertion names a known credential, its signature verifies with that credential's
 *   public key, and its signature counter moves forward (both 0: an authenticator that keeps no
 *   counter, as most passkeys do).
 * Attestation is not asked for ("none"): Rounds trusts the member's own device, not its maker.
 */

/** How long a ceremony may take, from the options to the answer. */
export const WEBAUTHN_CHALLENGE_MS = 5 * 60_000;
export const RELYING_PARTY_NAME = "Rounds";
export const supportedAlgorithms = [coseAlgorithmES256, coseAlgorithmRS256] as const;

export type ChallengePurpose = "register" | "sign_in";

/** This site as WebAuthn sees it: the RP ID (a host name) and the one origin allowed to answer. */
export interface RelyingParty {
  id: string;
  origin: string;
}

const loopbackHosts = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * The relying party, from SITE_URL's host. Rule: in production the configured address decides,
 * never the request (whose Host header a misrouted request could choose). On this machine
 * (SITE_URL on 127.0.0.1 or localhost, or unset) the browser may be on either name, so a
 * loopback request's own host and origin are used. A non-loopback request without SITE_URL is
 * refused with a sentence naming the variable.
 */
export function relyingPartyFor(configuredSiteUrl: string | undefined, requestOrigin: string): RelyingParty {
  const request = new URL(requestOrigin);
  const site = configuredSiteUrl ? new URL(configuredSiteUrl) : null;
  if (site && !loopbackHosts.has(site.hostname)) return { id: site.hostname, origin: site.origin };
  if (loopbackHosts.has(request.hostname)) return { id: request.hostname.replace(/^\[|\]$/g, ""), origin: request.origin };
  throw new DomainError(
    "UNAVAILABLE",
    "Passkeys are not configured on this server: SITE_URL is not set to the site's public address (wrangler.toml [vars], or .dev.vars locally).",
  );
}

/** Why a ceremony was refused; callers answer with one sentence whatever the reason. */
export class WebAuthnRefusal extends Error {
  constructor(readonly reason: string) {
    super(`WebAuthn refused: ${reason}`);
    this.name = "WebAuthnRefusal";
  }
}

/** A challenge as issued: whom it was for (registration) and when it stops working. */
export interface IssuedChallenge {
  userId: number | null;
  expiresAt: number;
}

/**
 * Where issued challenges wait. `take` removes the challenge and returns it, or null when it is
 * unknown or already taken: whatever happens next, a challenge answers one ceremony only.
 */
export interface ChallengeLedger {
  take(challengeId: string, purpose: ChallengePurpose): Promise<IssuedChallenge | null>;
}

/** 32 random bytes: the challenge the browser signs over. */
export function newChallenge(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(32));
}

/** What the ledger stores for a challenge: its SHA-256 in hex, never the challenge itself. */
export function challengeIdOf(challenge: Uint8Array): string {
  return encodeHexLowerCase(sha256(challenge));
}

function parseClientData(encoded: Uint8Array, type: ClientDataType): ClientData {
  let clientData: ClientData;
  try {
    clientData = parseClientDataJSON(encoded);
  } catch {
    throw new WebAuthnRefusal("client data is not well formed");
  }
  if (clientData.type !== type) throw new WebAuthnRefusal("client data is of the other ceremony");
  return clientData;
}

/** Takes the challenge the client data answers, once, and checks its purpose, age and origin. */
async function takeChallenge(
  clientData: ClientData,
  purpose: ChallengePurpose,
  options: { relyingParty: RelyingParty; challenges: ChallengeLedger; now: number },
): Promise<IssuedChallenge> {
  const issued = await options.challenges.take(challengeIdOf(clientData.challenge), purpose);
  if (!issued) throw new WebAuthnRefusal("challenge unknown or already used");
  if (issued.expiresAt <= options.now) throw new WebAuthnRefusal("challenge expired");
  if (clientData.origin !== options.relyingParty.origin) throw new WebAuthnRefusal("origin is not this site");
  if (clientData.crossOrigin === true) throw new WebAuthnRefusal("answered from a cross-origin frame");
  return issued;
}

export interface RegistrationResponse {
  clientDataJSON: Uint8Array;
  attestationObject: Uint8Array;
}

export interface NewCredential {
  credentialId: Uint8Array;
  /** SubjectPublicKeyInfo DER of the public key. */
  publicKey: Uint8Array;
  algorithm: number;
  signCount: number;
  userVerified: boolean;
}

/**
 * Checks a registration (navigator.credentials.create) for the member `userId`: the challenge
 * must have been issued to that member. Returns the credential to store.
 */
export async function verifyRegistration(
  response: RegistrationResponse,
  options: { relyingParty: RelyingParty; challenges: ChallengeLedger; now: number; userId: number },
): Promise<NewCredential> {
  const clientData = parseClientData(response.clientDataJSON, ClientDataType.Create);
  const issued = await takeChallenge(clientData, "register", options);
  if (issued.userId !== options.userId) throw new WebAuthnRefusal("challenge was issued to another account");
  let authenticatorData: ReturnType<typeof parseAttestationObject>["authenticatorData"];
  try {
    authenticatorData = parseAttestationObject(response.attestationObject).authenticatorData;
  } catch {
    throw new WebAuthnRefusal("attestation object is not well formed");
  }
  if (!authenticatorData.verifyRelyingPartyIdHash(options.relyingParty.id)) throw new WebAuthnRefusal("RP ID hash is not this site's");
  if (!authenticatorData.userPresent) throw new WebAuthnRefusal("user not present");
  const credential = authenticatorData.credential;
  if (!credential) throw new WebAuthnRefusal("no credential in the authenticator data");
  if (credential.id.byteLength === 0 || credential.id.byteLength > 1023) throw new WebAuthnRefusal("credential id length");
  const { publicKey, algorithm } = publicKeyOf(credential.publicKey);
  // A key WebCrypto cannot import (a point off the curve) would fail every later sign-in.
  await importPublicKey(publicKey, algorithm);
  return { credentialId: credential.id, publicKey, algorithm, signCount: authenticatorData.signatureCounter, userVerified: authenticatorData.userVerified };
}

/**
 * The SubjectPublicKeyInfo of a P-256 public key (RFC 5480: id-ecPublicKey, prime256v1, the
 * uncompressed point 04 ‖ x ‖ y as a 66-byte bit string): a fixed 26-byte header, then the point,
 * each coordinate as exactly 32 big-endian bytes. Written here because @oslojs/crypto 1.0.1's
 * encodeSEC1Uncompressed places a y coordinate whose first byte is zero at the wrong offset: about
 * one key in 256 came out as a point off the curve and its passkey could never be added.
 */
const P256_SPKI_HEADER = Uint8Array.from([
  0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00,
]);

export function p256PublicKeyInfo(x: bigint, y: bigint): Uint8Array {
  const info = new Uint8Array(P256_SPKI_HEADER.length + 65);
  info.set(P256_SPKI_HEADER);
  info[P256_SPKI_HEADER.length] = 0x04;
  for (const [coordinate, offset] of [
    [x, P256_SPKI_HEADER.length + 1],
    [y, P256_SPKI_HEADER.length + 33],
  ] as const) {
    let rest = coordinate;
    for (let i = 31; i >= 0; i--) {
      info[offset + i] = Number(rest & 0xffn);
      rest >>= 8n;
    }
    if (rest !== 0n) throw new WebAuthnRefusal("P-256 coordinate longer than 32 bytes");
  }
  return info;
}

/** The COSE key as SubjectPublicKeyInfo, for the two algorithms Rounds accepts. */
export function publicKeyOf(key: COSEPublicKey): { publicKey: Uint8Array; algorithm: number } {
  try {
    if (!key.isAlgorithmDefined()) throw new WebAuthnRefusal("key names no algorithm");
    const algorithm = key.algorithm();
    if (algorithm === coseAlgorithmES256 && key.type() === COSEKeyType.EC2) {
      const ec2 = key.ec2();
      if (ec2.curve !== coseEllipticCurveP256) throw new WebAuthnRefusal("ES256 key not on P-256");
      return { publicKey: p256PublicKeyInfo(ec2.x, ec2.y), algorithm };
    }
    if (algorithm === coseAlgorithmRS256 && key.type() === COSEKeyType.RSA) {
      const rsa = key.rsa();
      if (rsa.n.toString(2).length < 2048) throw new WebAuthnRefusal("RSA key shorter than 2048 bits");
      return { publicKey: new RSAPublicKey(rsa.n, rsa.e).encodePKIX(), algorithm };
    }
  } catch (error) {
    if (error instanceof WebAuthnRefusal) throw error;
    throw new WebAuthnRefusal("public key is not well formed");
  }
  throw new WebAuthnRefusal("unsupported key algorithm");
}

const importParams = (algorithm: number): EcKeyImportParams | RsaHashedImportParams =>
  algorithm === coseAlgorithmES256 ? { name: "ECDSA", namedCurve: "P-256" } : { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };

async function importPublicKey(publicKey: Uint8Array, algorithm: number): Promise<CryptoKey> {
  if (algorithm !== coseAlgorithmES256 && algorithm !== coseAlgorithmRS256) throw new WebAuthnRefusal("unsupported key algorithm");
  try {
    return await crypto.subtle.importKey("spki", new Uint8Array(publicKey), importParams(algorithm), false, ["verify"]);
  } catch {
    throw new WebAuthnRefusal("public key does not import");
  }
}

/** Checks a signature made by a stored credential over `message` (false, never a throw, when malformed). */
export async function verifyCredentialSignature(publicKey: Uint8Array, algorithm: number, message: Uint8Array, signature: Uint8Array): Promise<boolean> {
  const key = await importPublicKey(publicKey, algorithm);
  try {
    if (algorithm === coseAlgorithmES256) {
      // WebAuthn ES256 signatures are DER; WebCrypto wants r ‖ s (IEEE P1363).
      const rs = decodePKIXECDSASignature(signature).encodeIEEEP1363(p256);
      return await crypto.subtle.verify({ name: "ECDSA", hash: "SHA-256" }, key, new Uint8Array(rs), new Uint8Array(message));
    }
    return await crypto.subtle.verify({ name: "RSASSA-PKCS1-v1_5" }, key, new Uint8Array(signature), new Uint8Array(message));
  } catch {
    return false;
  }
}

export interface AssertionResponse {
  credentialId: Uint8Array;
  clientDataJSON: Uint8Array;
  authenticatorData: Uint8Array;
  signature: Uint8Array;
}

/** A stored passkey, as an assertion needs it. */
export interface StoredCredential {
  passkeyId: number;
  userId: number;
  publicKey: Uint8Array;
  algorithm: number;
  signCount: number;
}

export interface CredentialLookup {
  find(credentialId: Uint8Array): Promise<StoredCredential | null>;
}

export interface VerifiedAssertion {
  credential: StoredCredential;
  /** The counter the authenticator reported, to store (compare-and-set) in place of the old one. */
  signCount: number;
  userVerified: boolean;
}

/**
 * Rule of the signature counter (§6.1.1): it must move forward; a counter that stays or goes
 * back means a cloned authenticator, unless both are 0 (an authenticator that keeps none).
 */
export function signCountAdvances(stored: number, received: number): boolean {
  return (stored === 0 && received === 0) || received > stored;
}

/** Checks an assertion (navigator.credentials.get) against the stored credentials. */
export async function verifyAssertion(
  response: AssertionResponse,
  options: { relyingParty: RelyingParty; challenges: ChallengeLedger; credentials: CredentialLookup; now: number },
): Promise<VerifiedAssertion> {
  const clientData = parseClientData(response.clientDataJSON, ClientDataType.Get);
  await takeChallenge(clientData, "sign_in", options);
  let authenticatorData: ReturnType<typeof parseAuthenticatorData>;
  try {
    authenticatorData = parseAuthenticatorData(response.authenticatorData);
  } catch {
    throw new WebAuthnRefusal("authenticator data is not well formed");
  }
  if (!authenticatorData.verifyRelyingPartyIdHash(options.relyingParty.id)) throw new WebAuthnRefusal("RP ID hash is not this site's");
  if (!authenticatorData.userPresent) throw new WebAuthnRefusal("user not present");
  const credential = await options.credentials.find(response.credentialId);
  if (!credential) throw new WebAuthnRefusal("unknown credential");
  const message = createAssertionSignatureMessage(response.authenticatorData, response.clientDataJSON);
  if (!(await verifyCredentialSignature(credential.publicKey, credential.algorithm, message, response.signature))) throw new WebAuthnRefusal("signature does not verify");
  if (!signCountAdvances(credential.signCount, authenticatorData.signatureCounter)) throw new WebAuthnRefusal("signature counter did not advance");
  return { credential, signCount: authenticatorData.signatureCounter, userVerified: authenticatorData.userVerified };
}
