/**
 * A `.wasm` import in code built for workerd: a WebAssembly module compiled ahead, never bytes
 * (Astro's Cloudflare adapter and the Workers test pool both load it as a CompiledWasm module;
 * see src/lib/argon2id-wasm.workerd.ts).
 */
declare module "*.wasm" {
  const module: WebAssembly.Module;
  export default module;
}
