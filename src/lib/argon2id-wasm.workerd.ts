// The Worker build's copy of the Argon2id WebAssembly module, chosen by the "workerd" condition
// of "#argon2id-wasm" in package.json "imports" (Astro's Cloudflare adapter adds that condition to
// the server build; the Workers test pool resolves it too). workerd cannot compile WebAssembly at
// run time, so the binary is part of the upload: the adapter emits this import as a CompiledWasm
// module of dist/_worker.js. Outside src/server because some tests import every module there in
// Node, which cannot import a .wasm file. See docs/decisions/0017-argon2-wasm.md.
import argon2idSimd from "argon2id/dist/simd.wasm";

/** The SIMD Argon2id module, compiled when the Worker was deployed. */
export function loadArgon2idModule(): Promise<WebAssembly.Module> {
  return Promise.resolve(argon2idSimd);
}
