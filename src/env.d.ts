/// <reference types="astro/client" />

type CloudflareRuntime = import("@astrojs/cloudflare").Runtime<Record<string, unknown>>;

declare namespace App {
  interface Locals extends CloudflareRuntime {
    viewer: import("./server/auth/viewer").Viewer | null;
    /** Hash of the current session (for logout and password changes), null for visitors. */
    sessionId: string | null;
  }
}
