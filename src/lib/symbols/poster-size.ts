/** The poster's sizes, shared by the build (src/lib/symbols/poster.ts) and the browser (src/client/poster.ts). */

/** The printable picture the browser draws from the poster's SVG: A4 at 300 pixels per inch. */
export const PRINT = { width: 2480, height: 3508 } as const;
/**
 * The picture's size on the page, in CSS pixels (A4 at 75 pixels per inch): the page shows it at
 * most 26rem wide; its width and height keep its place while it loads.
 */
export const PREVIEW = { width: 620, height: 877 } as const;
/** The name the print picture is saved as. */
export const SAVED_AS = 'my-plan-poster.png';
