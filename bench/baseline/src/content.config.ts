/** The same content collections as Waypoint, so the views render the same MDX bodies. */
export { collections } from '../../../src/content.config.ts';
