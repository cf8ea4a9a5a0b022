/**
 * Measurements the accessibility tests take inside a page. Each runs in the browser through
 * page.evaluate, so it sees the page exactly as Chromium laid it out.
 */
import type { Page } from 'playwright-core';

/** WCAG 1.4.12's text-spacing values, applied over the page's own styles as a user stylesheet would. */
export const TEXT_SPACING_OVERRIDE = `
  * {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p {
    margin-bottom: 2em !important;
  }
`;

export interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** The elements that stick out past the right edge of the viewport, widest first. */
  culprits: string[];
}

/** How far the page scrolls sideways, and which elements make it do so. */
export function horizontalOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : '';
      const classes = [...element.classList].map((name) => `.${name}`).join('');
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${element.tagName.toLowerCase()}${id}${classes} "${text}"`;
    };
    const culprits = [...document.body.querySelectorAll('*')]
      .map((element) => ({ element, right: element.getBoundingClientRect().right }))
      .filter(({ element, right }) => right > root.clientWidth + 1 && element.getClientRects().length > 0)
      .sort((a, b) => b.right - a.right)
      .slice(0, 5)
      .map(({ element, right }) => `${describe(element)} reaches ${Math.round(right)}px`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits };
  });
}

/**
 * Elements that hide part of their own content: overflow hidden or clip, and content bigger than the
 * box. Visually hidden text (a 1px box on purpose) does not count.
 */
export function clippedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const clipped: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(element);
      const clips = (value: string) => value === 'hidden' || value === 'clip';
      if (!clips(style.overflowX) && !clips(style.overflowY)) continue;
      if (element.clientWidth <= 1 || element.clientHeight <= 1) continue;
      const wide = clips(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
      const tall = clips(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
      if (wide || tall) {
        const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        clipped.push(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${text}"`);
      }
    }
    return clipped;
  });
}

/** Elements whose animations or transitions last longer than a blink, with how long. */
export function movingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const longest = (list: string) =>
      Math.max(...list.split(',').map((value) => (value.trim().endsWith('ms') ? parseFloat(value) : parseFloat(value) * 1000)));
    const moving: string[] = [];
    for (const element of [document.documentElement, ...document.querySelectorAll('*')]) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        const animated = style.animationName !== 'none' && longest(style.animationDuration) > 1;
        const transitioned = longest(style.transitionDuration) > 1;
        if (animated || transitioned) {
          moving.push(
            `${element.tagName.toLowerCase()}${pseudo ?? ''} (${style.animationName} ${style.animationDuration}, transition ${style.transitionDuration})`,
          );
        }
      }
    }
    if (getComputedStyle(document.documentElement).scrollBehavior !== 'auto') moving.push('html scroll-behavior');
    return moving;
  });
}

export interface TabStop {
  /** A short description: tag, id or class, and text. */
  label: string;
  /** Its position among the page's focusable elements in document order, or -1 for another stop (a scroller). */
  index: number;
  /** Whether its focus ring differs from how it looks unfocused and can be seen. */
  visibleFocus: boolean;
  /** Whether it is on screen while focused. */
  onScreen: boolean;
}

export interface KeyboardWalk {
  /** Every element a keyboard user should reach, in document order. */
  expected: string[];
  stops: TabStop[];
}

/**
 * Presses Tab from wherever focus is (put it at the top of the page first) until focus leaves the
 * page or comes back round, recording each stop and whether its focus can be seen.
 */
export async function walkWithKeyboard(page: Page): Promise<KeyboardWalk> {
  const expected = await page.evaluate(() => {
    const selector = [
      'a[href]',
      'area[href]',
      'button:not([disabled])',
      'input:not([disabled]):not([type="hidden"])',
      'select:not([disabled])',
      'textarea:not([disabled])',
      'summary',
      'iframe',
      '[contenteditable="true"]',
      '[tabindex]:not([tabindex="-1"])',
    ].join(',');
    // Inside a closed <details>, only its <summary> can take focus.
    const inClosedDetails = (element: Element) => {
      const details = element.closest('details:not([open])');
      return !!details && element !== details.querySelector(':scope > summary');
    };
    const rendered = (element: Element) =>
      element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden' && !inClosedDetails(element);
    const focusables = [...document.querySelectorAll(selector)].filter(rendered);
    const label = (element: Element) => {
      const name = element.id ? `#${element.id}` : element.classList.length ? `.${[...element.classList].join('.')}` : '';
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${element.tagName.toLowerCase()}${name} "${text}"`;
    };
    const ring = (element: Element) => {
      const style = getComputedStyle(element);
      return { outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`, boxShadow: style.boxShadow };
    };
    const state = window as unknown as { wpFocusables: Element[]; wpLabel: typeof label; wpRing: typeof ring; wpStops: Element[] };
    state.wpFocusables = focusables;
    state.wpLabel = label;
    state.wpRing = ring;
    state.wpStops = [];
    return focusables.map(label);
  });

  const focusedRings: { outline: string; boxShadow: string }[] = [];
  const onScreen: boolean[] = [];
  for (let presses = 0; presses < expected.length + 25; presses++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const state = window as unknown as {
        wpRing: (element: Element) => { outline: string; boxShadow: string };
        wpStops: Element[];
      };
      const active = document.activeElement;
      if (!active || active === document.body || state.wpStops.includes(active)) return undefined;
      state.wpStops.push(active);
      const box = active.getBoundingClientRect();
      const visible = box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
      return { ring: state.wpRing(active), onScreen: visible };
    });
    if (!stop) break;
    focusedRings.push(stop.ring);
    onScreen.push(stop.onScreen);
  }

  const unfocused = await page.evaluate(() => {
    const state = window as unknown as {
      wpFocusables: Element[];
      wpLabel: (element: Element) => string;
      wpRing: (element: Element) => { outline: string; boxShadow: string };
      wpStops: Element[];
    };
    (document.activeElement as HTMLElement | null)?.blur();
    return state.wpStops.map((element) => ({
      label: state.wpLabel(element),
      index: state.wpFocusables.indexOf(element),
      ring: state.wpRing(element),
    }));
  });

  const shows = (ring: { outline: string; boxShadow: string }) =>
    (!ring.outline.startsWith('none') && !/ 0px /.test(ring.outline) && !/transparent|rgba\(0, 0, 0, 0\)/.test(ring.outline)) ||
    ring.boxShadow !== 'none';
  const stops = unfocused.map((stop, position) => {
    const focused = focusedRings[position]!;
    const changed = focused.outline !== stop.ring.outline || focused.boxShadow !== stop.ring.boxShadow;
    return { label: stop.label, index: stop.index, visibleFocus: changed && shows(focused), onScreen: onScreen[position]! };
  });
  return { expected, stops };
}
