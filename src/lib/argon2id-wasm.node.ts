// Node's copy of the Argon2id WebAssembly module (vitest, tsx scripts, `astro dev`): everything
// without the "workerd" condition gets this one through "#argon2id-wasm" in package.json
// "imports". It compiles the same binary the Worker bundles, read from node_modules.
// See docs/decisions/0017-argon2-wasm.md.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Reads and compiles the SIMD Argon2id module (4.3 KB, so a few milliseconds, once). */
export async function loadArgon2idModule(): Promise<WebAssembly.Module> {
  return WebAssembly.compile(await readFile(require.resolve("argon2id/dist/simd.wasm")));
}
