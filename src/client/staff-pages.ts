/** The scripts of the staff pages: the register's filters, the search and the class sheets' print date. Loaded by StaffLayout, outside the encrypted content. */
import './register.ts';
import './search.ts';
import './print-date.ts';
