/** The scripts of the staff pages: the register's filters and the search. Loaded by StaffLayout, outside the encrypted content. */
import './register.ts';
import './search.ts';
