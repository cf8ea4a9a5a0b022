/**
 * The family wording in other languages (`familyIn: { pl: "…" }`) as rows of language code and
 * wording. Keystatic has no field for a map of names to text, so this one is Waypoint's own; it
 * checks what it saves against the same zod schema the checker uses.
 */
import type { BasicFormField } from '@keystatic/core';
import { ActionButton } from '@keystar/ui/button';
import { Flex } from '@keystar/ui/layout';
import { TextArea, TextField } from '@keystar/ui/text-field';
import { Heading, Text } from '@keystar/ui/typography';
import type { FieldSpec } from './field-spec.ts';

type Row = { code: string; text: string };
type Wording = Record<string, string>;

const toWording = (rows: readonly Row[]): Wording | undefined => {
  const filled = rows.filter((row) => row.code.trim() !== '' || row.text.trim() !== '');
  return filled.length === 0 ? undefined : Object.fromEntries(filled.map((row) => [row.code.trim(), row.text]));
};

function toRows(value: unknown): Row[] {
  if (value === undefined || value === null) return [];
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error('Write the wording in other languages as language code: wording.');
  return Object.entries(value).map(([code, text]) => ({ code, text: String(text) }));
}

export function familyInField(spec: FieldSpec): BasicFormField<Row[], Row[], Wording | undefined> {
  const check = (rows: Row[]) => {
    const wording = toWording(rows);
    if (rows.some((row) => (row.code.trim() === '') !== (row.text.trim() === ''))) {
      throw new Error(`${spec.label}: give each wording its language code, like pl, or remove the row.`);
    }
    if (wording !== undefined && !spec.schema.safeParse(wording).success) {
      throw new Error(`${spec.label}: write each language as its code of two or three lower-case letters, like pl or ur.`);
    }
    return rows;
  };
  return {
    kind: 'form',
    label: spec.label,
    Input(props) {
      const { value } = props;
      const onChange = (rows: Row[]) => props.onChange(rows);
      const change = (index: number, row: Partial<Row>) => onChange(value.map((old, at) => (at === index ? { ...old, ...row } : old)));
      return (
        <Flex direction="column" gap="regular">
          <Heading size="small" elementType="h3">
            {spec.label}
          </Heading>
          {spec.description && (
            <Text size="small" color="neutralSecondary">
              {spec.description}
            </Text>
          )}
          {value.map((row, index) => (
            <Flex key={index} gap="regular" alignItems="end" wrap>
              <TextField label="Language code" width="scale.1600" value={row.code} onChange={(code) => change(index, { code })} />
              <TextArea
                label={`Wording in ${row.code || 'this language'}`}
                flex
                minWidth="scale.3400"
                value={row.text}
                onChange={(text) => change(index, { text })}
              />
              <ActionButton onPress={() => onChange(value.filter((_, at) => at !== index))}>Remove</ActionButton>
            </Flex>
          ))}
          <ActionButton alignSelf="start" onPress={() => onChange([...value, { code: '', text: '' }])}>
            Add a language
          </ActionButton>
        </Flex>
      );
    },
    defaultValue: () => [],
    parse: (value) => toRows(value),
    serialize: (rows) => ({ value: toWording(rows) }),
    validate: (rows) => check(rows),
    reader: { parse: (value) => toWording(check(toRows(value))) },
  };
}
