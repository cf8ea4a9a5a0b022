/**
 * Glossary terms on the family and pupil views: tapping a term (or pressing Enter or Space on it)
 * shows or hides its meaning in place, right after it.
 */
export function wireTerms(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button.wp-term');
    if (!button) return;
    const meaning = document.getElementById(button.getAttribute('aria-controls') ?? '');
    if (!meaning) return;
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    meaning.hidden = !open;
  });
}
