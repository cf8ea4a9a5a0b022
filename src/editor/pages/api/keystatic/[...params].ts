/** Keystatic's file routes for the content folder, through Waypoint's writer. */
import type { APIRoute } from 'astro';
import { contentFolder } from '../../../../lib/config.ts';
import { readEditorLists } from '../../../editor-lists.ts';
import { editorConfig } from '../../../keystatic-config.tsx';
import { localApi } from '../../../local-api.ts';

export const prerender = false;

export const ALL: APIRoute = ({ request }) => {
  const folder = contentFolder();
  return localApi(folder, editorConfig(readEditorLists(folder)))(request);
};
