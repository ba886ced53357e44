import { env, SELF } from "cloudflare:test";
import { argon2id as nobleArgon2id } from "@noble/hashes/argon2.js";
import { encodeBase64 } from "@oslojs/encoding";
import { describe, expect, it } from "vitest";
import { createDb } from "../../src/server/db/client";
import { createPhysician } from "../fixtures/factories";
import { freshNpi } from "../support/accounts";

/**
 * Sign-up and sign-in through the built Worker, so Argon2id runs in workerd on the WebAssembly
 * module bundled into dist/_worker.js (docs/decisions/0017-argon2-wasm.md): hashing at sign-up,
 * verifying at sign-in, and verifying a hash written by the pure-JS @noble/hashes code before.
 */
const ORIGIN = "http://rounds.test";
// Unique per run: names, and client addresses for the per-IP limits (3 sign-ups an hour, 5 logins a minute).
const run = Date.now().toString(36);
const address = () => `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

function postJson(path: string, body: Record<string, string>) {
  return SELF.fetch(`${ORIGIN}${path}`, {
    method: "POST",
    headers: { origin: ORIGIN, "content-type": "application/json", "cf-connecting-ip": address() },
    body: JSON.stringify(body),
  });
}

describe("Argon2id sign-in inside workerd", () => {
  it("signs up, then signs in with the password and is refused a wrong one", async () => {
    const email = `argon_${run}@example.org`;
    const password = "sinus rhythm at rest";
    const signup = await postJson("/api/auth/signup", {
      email,
      password,
      pseudonym: `argon_${run}`,
      firstName: "Ada",
      lastName: "Wasm",
      npi: freshNpi(),
      specialty: "internal-medicine",
      licenceState: "MA",
    });
    expect(signup.status).toBe(202);

    const login = await postJson("/api/auth/login", { email, password });
    expect(login.status).toBe(200);
    expect(login.headers.get("set-cookie")).toMatch(/^rounds_session=[a-z2-7]{40};/);

    const wrong = await postJson("/api/auth/login", { email, password: `${password}!` });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("set-cookie")).toBeNull();
  });

  it("signs in a member whose stored hash was made by @noble/hashes", async () => {
    const { db } = createDb(env.DATABASE_URL);
    const email = `noble_${run}@example.org`;
    const password = "a hash from before the switch";
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const unpadded = (bytes: Uint8Array) => encodeBase64(bytes).replace(/=+$/, "");
    const hash = nobleArgon2id(password, salt, { m: 19_456, t: 2, p: 1, dkLen: 32 });
    const passwordHash = `$argon2id$v=19$m=19456,t=2,p=1$${unpadded(salt)}$${unpadded(hash)}`;
    await createPhysician(db, { email, pseudonym: `noble_${run}`, passwordHash });

    expect((await postJson("/api/auth/login", { email, password })).status).toBe(200);
    expect((await postJson("/api/auth/login", { email, password: "not the password" })).status).toBe(401);
  });

  it("refuses a common password at sign-up, read from the Worker's static assets", async () => {
    // The list is not in the bundle (ADR 0029): this proves the ASSETS read works inside workerd,
    // for two passwords in different buckets, and that an uncommon one still passes.
    for (const password of ["password1", "iloveyou"]) {
      const response = await postJson("/api/auth/signup", {
        email: `common_${run}_${password}@example.org`,
        password,
        pseudonym: `common_${run}`,
        firstName: "Ada",
        lastName: "Common",
        npi: freshNpi(),
        specialty: "internal-medicine",
        licenceState: "MA",
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { fields: { password: expect.stringContaining("most common") } } });
    }
  });

  it("gives an unknown email the same refusal as a wrong password", async () => {
    const response = await postJson("/api/auth/login", { email: `nobody_${run}@example.org`, password: "whatever it is" });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { message: "Email or password is incorrect." } });
  });
});
