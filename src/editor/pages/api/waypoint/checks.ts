/** The checker's problems with one file of the content folder, for the checks panel. */
import type { APIRoute } from 'astro';
import { contentFolder } from '../../../../lib/config.ts';
import { checksReport } from '../../../checks-report.ts';
import { kindOfPath } from '../../../content-kinds.ts';

export const prerender = false;

export const GET: APIRoute = ({ url }) => {
  const file = url.searchParams.get('file') ?? '';
  if (!kindOfPath(file) || file.split('/').includes('..')) return new Response('Not a content file', { status: 400 });
  return Response.json(checksReport(contentFolder(), file));
};
