/**
 * Content collections, so Astro can render the MDX bodies of plans, reviews, groups and strategies.
 * The data itself is read and checked by src/lib/content/load-content.ts (one checker, with file and line for
 * every problem); `npm run build` runs that checker before Astro starts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { contentFolder } from './lib/config.ts';

const base = contentFolder();

/** pupils/amara-okafor/plan.mdx has the id amara-okafor. */
const pupilFolder = ({ entry }: { entry: string }) => path.posix.dirname(entry).split('/')[1] ?? entry;
/** pupils/amara-okafor/reviews/2026-07-08.mdx has the id amara-okafor/2026-07-08. */
const reviewId = ({ entry }: { entry: string }) => {
  const parts = entry.split('/');
  return `${parts[1]}/${path.posix.basename(entry, '.mdx')}`;
};
const fileName = ({ entry }: { entry: string }) => path.posix.basename(entry).replace(/\.mdx?$/, '');

export const collections = {
  plans: defineCollection({ loader: glob({ base, pattern: 'pupils/*/plan.mdx', generateId: pupilFolder }) }),
  reviews: defineCollection({ loader: glob({ base, pattern: 'pupils/*/reviews/*.mdx', generateId: reviewId }) }),
  groups: defineCollection({ loader: glob({ base, pattern: 'groups/*.mdx', generateId: fileName }) }),
  // Rendered when a page shows it, through Vite like the MDX bodies, not while the content syncs:
  // a sync logs a body the compile guard refuses and carries on; a page build stops.
  strategies: defineCollection({ loader: glob({ base, pattern: 'strategies/*.md', generateId: fileName, deferRender: true }) }),
};
