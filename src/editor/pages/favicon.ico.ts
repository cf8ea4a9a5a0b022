/** The editor has no icon; answering here keeps the browser's request for one from failing. */
import type { APIRoute } from 'astro';

export const prerender = false;
export const GET: APIRoute = () => new Response(null, { status: 204 });
