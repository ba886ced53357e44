import { decodeIEEEP1363ECDSASignature, p256 } from "@oslojs/crypto/ecdsa";
import { sha256 } from "@oslojs/crypto/sha2";
import { decodeBase64urlIgnorePadding, encodeBase64urlNoPadding } from "@oslojs/encoding";

/*
 * A software authenticator for tests: real WebCrypto keys (ES256, or RS256), real authenticator
 * data, CBOR attestation objects ("none" format) and clientDataJSON, built byte by byte as a
 * browser and its authenticator would. Every field can be bent per call to test a refusal.
 */

type CborValue = number | string | Uint8Array | Map<CborValue, CborValue>;

function cborHead(major: number, value: number): number[] {
  if (value < 24) return [(major << 5) | value];
  if (value < 0x100) return [(major << 5) | 24, value];
  if (value < 0x10000) return [(major << 5) | 25, value >> 8, value & 0xff];
  return [(major << 5) | 26, (value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

/** The CBOR subset WebAuthn uses: integers, text, byte strings and maps. */
export function encodeCbor(value: CborValue): Uint8Array {
  const out: number[] = [];
  const write = (item: CborValue) => {
    if (typeof item === "number") out.push(...(item >= 0 ? cborHead(0, item) : cborHead(1, -1 - item)));
    else if (typeof item === "string") {
      const encoded = new TextEncoder().encode(item);
      out.push(...cborHead(3, encoded.length), ...encoded);
    } else if (item instanceof Uint8Array) out.push(...cborHead(2, item.length), ...item);
    else {
      out.push(...cborHead(5, item.size));
      for (const [key, entry] of item) {
        write(key);
        write(entry);
      }
    }
  };
  write(value);
  return new Uint8Array(out);
}

const concat = (...parts: Uint8Array[]) => {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
};

const uint32 = (value: number) => new Uint8Array([(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff]);

export interface Bend {
  origin?: string;
  rpId?: string;
  /** The challenge to sign over instead of the one issued (base64url). */
  challenge?: string;
  type?: string;
  userPresent?: boolean;
  userVerified?: boolean;
  /** The counter to report instead of the next one. */
  counter?: number;
  crossOrigin?: boolean;
}

export interface RegistrationJson {
  clientDataJSON: string;
  attestationObject: string;
}

export interface AssertionJson {
  credentialId: string;
  clientDataJSON: string;
  authenticatorData: string;
  signature: string;
}

export class SoftAuthenticator {
  /** The counter of the last signature (0 and staying 0 with `countless`). */
  counter = 0;

  private constructor(
    readonly rpId: string,
    readonly origin: string,
    readonly algorithm: "ES256" | "RS256",
    readonly credentialId: Uint8Array,
    private readonly keys: CryptoKeyPair,
    private readonly countless: boolean,
  ) {}

  /** `countless`: reports counter 0 every time, as most synced passkeys do. */
  static async create(options: { rpId: string; origin: string; algorithm?: "ES256" | "RS256"; countless?: boolean }): Promise<SoftAuthenticator> {
    const algorithm = options.algorithm ?? "ES256";
    const keys =
      algorithm === "ES256"
        ? await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"])
        : await crypto.subtle.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["sign", "verify"]);
    return new SoftAuthenticator(options.rpId, options.origin, algorithm, crypto.getRandomValues(new Uint8Array(32)), keys, options.countless ?? false);
  }

  get credentialIdText(): string {
    return encodeBase64urlNoPadding(this.credentialId);
  }

  private async coseKey(): Promise<Uint8Array> {
    const jwk = await crypto.subtle.exportKey("jwk", this.keys.publicKey);
    const b = (text: string | undefined) => decodeBase64urlIgnorePadding(text ?? "");
    if (this.algorithm === "ES256") {
      return encodeCbor(
        new Map<CborValue, CborValue>([
          [1, 2],
          [3, -7],
          [-1, 1],
          [-2, b(jwk.x)],
          [-3, b(jwk.y)],
        ]),
      );
    }
    return encodeCbor(
      new Map<CborValue, CborValue>([
        [1, 3],
        [3, -257],
        [-1, b(jwk.n)],
        [-2, b(jwk.e)],
      ]),
    );
  }

  private clientData(type: string, challenge: string, bend: Bend): Uint8Array {
    const data: Record<string, unknown> = { type: bend.type ?? type, challenge: bend.challenge ?? challenge, origin: bend.origin ?? this.origin };
    if (bend.crossOrigin !== undefined) data.crossOrigin = bend.crossOrigin;
    return new TextEncoder().encode(JSON.stringify(data));
  }

  private flags(bend: Bend, attested: boolean): number {
    return (bend.userPresent === false ? 0 : 0x01) | (bend.userVerified === false ? 0 : 0x04) | (attested ? 0x40 : 0);
  }

  private nextCounter(bend: Bend): number {
    if (bend.counter !== undefined) return bend.counter;
    if (!this.countless) this.counter += 1;
    return this.counter;
  }

  /** navigator.credentials.create's answer to options with this challenge (base64url). */
  async register(challenge: string, bend: Bend = {}): Promise<RegistrationJson> {
    const clientDataJSON = this.clientData("webauthn.create", challenge, bend);
    const rpIdHash = sha256(new TextEncoder().encode(bend.rpId ?? this.rpId));
    const idLength = new Uint8Array([this.credentialId.length >> 8, this.credentialId.length & 0xff]);
    const authenticatorData = concat(
      rpIdHash,
      new Uint8Array([this.flags(bend, true)]),
      uint32(this.nextCounter(bend)),
      new Uint8Array(16),
      idLength,
      this.credentialId,
      await this.coseKey(),
    );
    const attestationObject = encodeCbor(
      new Map<CborValue, CborValue>([
        ["fmt", "none"],
        ["attStmt", new Map()],
        ["authData", authenticatorData],
      ]),
    );
    return { clientDataJSON: encodeBase64urlNoPadding(clientDataJSON), attestationObject: encodeBase64urlNoPadding(attestationObject) };
  }

  /** navigator.credentials.get's answer to options with this challenge (base64url). */
  async assert(challenge: string, bend: Bend = {}): Promise<AssertionJson> {
    const clientDataJSON = this.clientData("webauthn.get", challenge, bend);
    const rpIdHash = sha256(new TextEncoder().encode(bend.rpId ?? this.rpId));
    const authenticatorData = concat(rpIdHash, new Uint8Array([this.flags(bend, false)]), uint32(this.nextCounter(bend)));
    const message = concat(authenticatorData, sha256(clientDataJSON));
    let signature: Uint8Array;
    if (this.algorithm === "ES256") {
      const raw = new Uint8Array(await crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, this.keys.privateKey, message));
      signature = decodeIEEEP1363ECDSASignature(p256, raw).encodePKIX();
    } else {
      signature = new Uint8Array(await crypto.subtle.sign({ name: "RSASSA-PKCS1-v1_5" }, this.keys.privateKey, message));
    }
    return {
      credentialId: this.credentialIdText,
      clientDataJSON: encodeBase64urlNoPadding(clientDataJSON),
      authenticatorData: encodeBase64urlNoPadding(authenticatorData),
      signature: encodeBase64urlNoPadding(signature),
    };
  }
}

/** The bytes of a base64url field of a registration or assertion. */
export const fromBase64url = (text: string) => decodeBase64urlIgnorePadding(text);
