/**
 * The editor's page: Keystatic's app with Waypoint's configuration. It tells the checks panel when
 * Keystatic has saved a file, so the panel checks the file again.
 */
import { makePage } from '@keystatic/astro/ui';
import { useMemo } from 'react';
import type { EditorLists } from './editor-lists.ts';
import { KEYSTATIC_UPDATE_ROUTE, SAVED_EVENT } from './editor-routes.ts';
import { editorConfig } from './keystatic-config.tsx';

let listening = false;
function announceSaves() {
  if (listening) return;
  listening = true;
  const fetchFiles = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await fetchFiles(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (response.ok && new URL(url, window.location.href).pathname === KEYSTATIC_UPDATE_ROUTE) {
      // Let Keystatic take in the saved tree first.
      setTimeout(() => window.dispatchEvent(new Event(SAVED_EVENT)), 0);
    }
    return response;
  };
}

export function EditorApp({ lists }: { lists: EditorLists }) {
  announceSaves();
  const Keystatic = useMemo(() => makePage(editorConfig(lists)), [lists]);
  return <Keystatic />;
}
