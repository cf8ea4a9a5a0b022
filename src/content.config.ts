/**
 * Content collections, so Astro can render the MDX bodies of plans, reviews, groups and strategies.
 * The data itself is read and checked by src/lib/content/load-content.ts (one checker, with file and line for
 * every problem); `npm run build` runs that checker before Astro starts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildContext, hasBuildContext } from './lib/build-context.ts';
import { contentFolder } from './lib/config.ts';
import { displayPath } from './lib/content/display-path.ts';
import { firstReusedLine } from './lib/content/yaml-source.ts';

const base = contentFolder();
const PATTERNS = { plans: 'pupils/*/plan.mdx', reviews: 'pupils/*/reviews/*.mdx', groups: 'groups/*.mdx', strategies: 'strategies/*.md' };

// Astro reads every frontmatter itself, and a few lines of YAML aliases can stand for billions of
// values: it would hang. `npm run build` has refused them already; `astro dev` or `astro build` on
// their own stop here, before Astro reads them.
for (const file of globSync(Object.values(PATTERNS), { cwd: base })) {
  const line = firstReusedLine(readFileSync(path.join(base, file), 'utf8'));
  if (line !== undefined) {
    throw new Error(
      `${displayPath(path.join(base, file))}, line ${line}: this file uses YAML anchors (&) or aliases (*), which Waypoint does not read. Run npm run check to see how to fix it.`,
    );
  }
}

/**
 * A rebuild loads only the plans and reviews of the pupils it draws: Astro compiles and bundles every
 * MDX file its collections hold, whether a page renders it or not, and only a pupil's own pages
 * render their plan and reviews. Pupil folder names are checked to be [a-z0-9-] before a build.
 */
const rebuild = hasBuildContext() ? buildContext().rebuild : undefined;
const drawn = rebuild && !rebuild.full ? rebuild.render : undefined;
const onlyDrawn = (pattern: string) => (drawn ? [...drawn].sort().map((id) => pattern.replace('*', id)) : pattern);

/** pupils/amara-okafor/plan.mdx has the id amara-okafor. */
const pupilFolder = ({ entry }: { entry: string }) => path.posix.dirname(entry).split('/')[1] ?? entry;
/** pupils/amara-okafor/reviews/2026-07-08.mdx has the id amara-okafor/2026-07-08. */
const reviewId = ({ entry }: { entry: string }) => {
  const parts = entry.split('/');
  return `${parts[1]}/${path.posix.basename(entry, '.mdx')}`;
};
const fileName = ({ entry }: { entry: string }) => path.posix.basename(entry).replace(/\.mdx?$/, '');

export const collections = {
  plans: defineCollection({ loader: glob({ base, pattern: onlyDrawn(PATTERNS.plans), generateId: pupilFolder }) }),
  reviews: defineCollection({ loader: glob({ base, pattern: onlyDrawn(PATTERNS.reviews), generateId: reviewId }) }),
  groups: defineCollection({ loader: glob({ base, pattern: PATTERNS.groups, generateId: fileName }) }),
  // Rendered when a page shows it, through Vite like the MDX bodies, not while the content syncs:
  // a sync logs a body the compile guard refuses and carries on; a page build stops.
  strategies: defineCollection({ loader: glob({ base, pattern: PATTERNS.strategies, generateId: fileName, deferRender: true }) }),
};
