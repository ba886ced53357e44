import type { LiveEvent } from "./live-event";
import { tellThreadLive } from "./tell";

/** tellThreadLive from a page's POST (Astro's Cloudflare runtime; absent in plain Node). */
export function tellFromPage(locals: App.Locals, event: LiveEvent | null): void {
  const runtime = (locals as Partial<App.Locals>).runtime;
  if (!event || !runtime?.env) return;
  tellThreadLive(runtime.env as Record<string, unknown>, runtime.ctx, event);
}
