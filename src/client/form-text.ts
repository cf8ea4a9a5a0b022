/** What the reader typed or chose in a form's field `name`: '' when the field is empty or missing (or holds a file). */
export function formText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}
