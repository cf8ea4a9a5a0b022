/**
 * <wp-register>: filters and sorts the register in the page. Each row carries its facts as data
 * attributes; each sortable column heading becomes a button named by the column alone ("Year"),
 * while aria-sort on the heading says which way it is sorted. The arrow beside it is for the eye.
 */
import { formText } from './form-text.ts';

const FILTERS = ['year', 'class', 'areas', 'keyAdult', 'status'] as const;
type SortKey = 'name' | 'year' | 'class' | 'status' | 'keyAdult' | 'review';

class WaypointRegister extends HTMLElement {
  connectedCallback(): void {
    // A long register opens with its first rows (staff.css hides the others until data-wp-all-rows):
    // laying out 1,500 rows before anything showed took most of a second. The rest follow straight
    // after the first frame that draws the page, or as soon as the reader filters or sorts.
    requestAnimationFrame(() => setTimeout(() => this.showAllRows()));
    const form = this.querySelector<HTMLFormElement>('[data-wp-register-filters]');
    form?.addEventListener('change', () => this.filter());
    form?.addEventListener('reset', () => setTimeout(() => this.filter()));
    for (const heading of this.querySelectorAll<HTMLTableCellElement>('th[data-wp-sort]')) {
      const button = Object.assign(document.createElement('button'), { type: 'button', className: 'wp-sort' });
      const arrow = Object.assign(document.createElement('span'), { className: 'wp-sort__arrow' });
      arrow.setAttribute('aria-hidden', 'true');
      button.append(...heading.childNodes, arrow);
      heading.append(button);
      button.addEventListener('click', () => this.sort(heading));
    }
  }

  private showAllRows(): void {
    this.toggleAttribute('data-wp-all-rows', true);
  }

  private rows(): HTMLTableRowElement[] {
    this.showAllRows();
    return [...this.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  }

  private filter(): void {
    const data = new FormData(this.querySelector('form')!);
    let shown = 0;
    const rows = this.rows();
    for (const row of rows) {
      const matches = FILTERS.every((name) => {
        const wanted = formText(data, name);
        const have = row.dataset[name] ?? '';
        return !wanted || (name === 'areas' ? have.split(' ').includes(wanted) : have === wanted);
      });
      row.hidden = !matches;
      if (matches) shown++;
    }
    const count = this.querySelector('[data-wp-register-count]');
    if (count)
      count.textContent = shown === rows.length ? `Showing all ${rows.length} pupils.` : `Showing ${shown} of ${rows.length} pupils.`;
  }

  private sort(heading: HTMLTableCellElement): void {
    const key = heading.dataset['wpSort'] as SortKey;
    const ascending = heading.getAttribute('aria-sort') !== 'ascending';
    for (const other of this.querySelectorAll('th[data-wp-sort]')) other.setAttribute('aria-sort', 'none');
    heading.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const value = (row: HTMLTableRowElement) => (key === 'year' ? (row.dataset['year'] ?? '').padStart(3, '0') : (row.dataset[key] ?? ''));
    const sorted = this.rows().sort((a, b) => value(a).localeCompare(value(b), 'en-GB', { numeric: true }) * (ascending ? 1 : -1));
    this.querySelector('tbody')!.append(...sorted);
  }
}

customElements.define('wp-register', WaypointRegister);
