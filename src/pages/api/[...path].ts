import type { APIRoute } from "astro";
import { apiApp } from "../../../functions/api";

export const prerender = false;

/** Hands every /api/* request to the Hono app with the Worker's bindings. */
export const ALL: APIRoute = ({ request, locals }) => apiApp.fetch(request, locals.runtime.env as unknown as Record<string, unknown>, locals.runtime.ctx);
