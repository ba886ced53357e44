/// <reference types="astro/client" />

type CloudflareRuntime = import("@astrojs/cloudflare").Runtime<Record<string, unknown>>;

declare namespace App {
  interface Locals extends CloudflareRuntime {
    viewer: import("./server/auth/viewer").Viewer | null;
    /** Hash of the current session (for logout and password changes), null for visitors. */
    sessionId: string | null;
    /** The request's database: pages use this one (its first call may carry the session gate). */
    db: import("./server/db/client").Database;
    /**
     * Resolves once the viewer is confirmed by the database (true), or refused (false; the
     * middleware then throws the page away). The layout awaits it before showing the viewer.
     */
    confirmViewer: () => Promise<boolean>;
  }
}
