/**
 * <wp-today>: today's date, as the reader's device has it, so a printed class sheet says when it was
 * printed. Until the script runs it shows the date the site was built.
 */
const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

class WaypointToday extends HTMLElement {
  connectedCallback(): void {
    const now = new Date();
    this.textContent = LONG.format(now);
    // A sheet left open overnight still prints today's date.
    window.addEventListener('beforeprint', () => (this.textContent = LONG.format(new Date())));
  }
}

customElements.define('wp-today', WaypointToday);
