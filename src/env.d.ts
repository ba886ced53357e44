/// <reference types="astro/client" />

type CloudflareRuntime = import("@astrojs/cloudflare").Runtime<Record<string, unknown>>;

declare namespace App {
  interface Locals extends CloudflareRuntime {
    viewer: import("./server/auth/viewer").Viewer | null;
  }
}
