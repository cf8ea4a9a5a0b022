/**
 * An id that is a file's name (a pupil's folder, a strategy's file, a review's date). Plans and
 * reviews name it, and a pupil's folder holds more than the plan, so once the file exists the
 * editor shows the id without letting it change: renaming would leave the rest behind.
 */
import type { SlugFormField } from '@keystatic/core';
import { TextField } from '@keystar/ui/text-field';

const isSavedEntry = () => typeof window !== 'undefined' && /\/item\//.test(window.location.pathname);

export function readOnlyOnceSaved<F extends SlugFormField<string, string, string, null>>(
  field: F,
  check: (value: string) => string | undefined,
): F {
  const validate: F['validate'] = (value, args) => {
    const problem = check(value);
    if (problem !== undefined) throw new Error(`${field.label}: ${problem}`);
    return field.validate(value, args);
  };
  return {
    ...field,
    validate,
    Input(props) {
      if (!isSavedEntry()) return field.Input(props);
      return (
        <TextField
          label={field.label ?? ''}
          description="This is the file's name: plans and reviews use it, so it cannot be changed here."
          value={props.value}
          isReadOnly
        />
      );
    },
  };
}
