/**
 * The JSON Schema of each kind of content file, made from the zod schemas (titles, descriptions and
 * examples come from their `.meta()`), so an editor can check and complete a file as the SENCO types.
 * `npm run schema` writes them to schemas/; a unit test fails when the checked-in files are not current.
 */
import { z } from 'zod';
import { YearGroupSchema } from '../../schemas/year-group.ts';
import { CONTENT_SCHEMAS, type ContentKind } from './field-meta.ts';

/** Which file each schema describes, as the JSON Schema's own title. */
const FILES: Record<ContentKind, string> = {
  plan: "A pupil's plan: the frontmatter of content/pupils/<pupil-id>/plan.mdx",
  review: 'A review meeting: the frontmatter of content/pupils/<pupil-id>/reviews/<yyyy-mm-dd>.mdx',
  strategy: 'A strategy of the bank: the frontmatter of content/strategies/<id>.md',
  group: 'A group education plan: the frontmatter of content/groups/<id>.mdx',
  staff: 'The staff list: content/staff.yaml',
  glossary: 'The glossary: content/glossary.yaml',
  school: 'The school: content/school.yaml',
  symbols: "The school's own symbols: content/symbols/manifest.yaml",
};

/** The folder, from the repository's root, that holds the generated files. */
export const JSON_SCHEMA_FOLDER = 'schemas';

/** The file name of each kind's JSON Schema: plan.schema.json. */
export const jsonSchemaFile = (kind: ContentKind) => `${kind}.schema.json`;

/** One kind's JSON Schema, as the text written to its file. */
export function jsonSchemaText(kind: ContentKind): string {
  const schema = z.toJSONSchema(CONTENT_SCHEMAS[kind], {
    // What the SENCO writes: fields with a default may be left out.
    io: 'input',
    // Preprocessing (dates Astro hands over as Date objects, "R" for Reception) has no JSON Schema form.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const json = jsonSchema as Record<string, unknown>;
      // followedBy words the checker's message; it is not a JSON Schema keyword.
      delete json['followedBy'];
      // zod leaves out the examples of a preprocessed field (a date); they are written as the SENCO writes them.
      const examples = z.globalRegistry.get(zodSchema)?.examples;
      if (examples && !json['examples']) json['examples'] = examples;
      // A year group may be written R or Reception as well as a number.
      if (zodSchema._zod.def === YearGroupSchema._zod.def) {
        const number = { type: json['type'], minimum: json['minimum'], maximum: json['maximum'] };
        for (const key of Object.keys(number)) delete json[key];
        json['anyOf'] = [number, { type: 'string', enum: ['R', 'Reception'] }];
      }
    },
  });
  return `${JSON.stringify({ $schema: schema.$schema, title: FILES[kind], ...schema }, null, 2)}\n`;
}

export const CONTENT_KINDS = Object.keys(CONTENT_SCHEMAS) as ContentKind[];
