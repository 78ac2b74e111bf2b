// The one doc generator: docs/formats/<name>.md from a format's definition
// (its Zod schema and envelope, lib/formats/envelope.ts) plus the words a
// reader needs. The descriptions live here, out of the runtime bundle; a unit
// test regenerates every doc and compares (UPDATE_DOCS=1 rewrites them).
import * as z from 'zod/mini';
import { type FileFormat, megabytes, UNSAFE_KEYS } from './envelope';

type TopLevelKey<T> = Exclude<keyof T & string, 'format' | 'version'>;

export interface FormatDoc<T = unknown> {
  /** The file name under docs/formats/, without `.md`. */
  name: string;
  file: FileFormat<T>;
  /** Where the schema is defined. */
  source: { schema: string; file: string };
  /** Paragraphs before the field table: what the file is for, what it holds. */
  intro: readonly string[];
  /** Every top-level field but `format` and `version` (which the envelope documents). */
  fields: Record<TopLevelKey<T>, string>;
  /** Paragraphs after the field table (conventions, built-in values). */
  notes?: readonly string[];
  /** Rules after the envelope's own: content checks, then what happens to the data. */
  rules: readonly string[];
}

/** Keeps the doc's field table typed against the schema's top-level keys. */
export const defineFormatDoc = <T>(doc: FormatDoc<T>): FormatDoc<T> => doc;

function topLevelKeys(schema: z.ZodMiniType): string[] {
  const shape = (schema as unknown as { _zod: { def: { shape?: Record<string, unknown> } } })._zod.def.shape;
  if (!shape) throw new Error('A file format must be a JSON object');
  return Object.keys(shape);
}

export function formatMarkdown<T>(doc: FormatDoc<T>): string {
  const { file } = doc;
  const described = doc.fields as Record<string, string>;
  const rows = topLevelKeys(file.schema).flatMap((key) => {
    if (key === 'format') return [`| \`format\` | always \`"${file.format}"\`; any other value is refused as a foreign file |`];
    if (key === 'version') return [`| \`version\` | \`${file.version}\`; ${versionRule(file)} |`];
    const meaning = described[key];
    if (!meaning) throw new Error(`${doc.name}: top-level field "${key}" has no description`);
    return [`| \`${key}\` | ${meaning} |`];
  });
  const rules = [
    `Files over ${megabytes(file.maxBytes)} MB are refused before they are read.`,
    `The file must be complete JSON, with no key named ${UNSAFE_KEYS.map((key) => `\`${key}\``).join(', ')} anywhere.`,
    `\`format\` must be \`"${file.format}"\` and \`version\` one this Callside reads (${readableVersions(file)}).`,
    ...doc.rules,
  ];
  const jsonSchema = z.toJSONSchema(file.schema, { io: 'input', unrepresentable: 'any' });
  return [
    `# \`${file.format}\` version ${file.version}`,
    ...doc.intro,
    `Generated from \`${doc.source.schema}\` in \`${doc.source.file}\` by \`lib/formats/format-doc.ts\`; do not edit by hand.`,
    `## Top level\n| field | meaning |\n|---|---|\n${rows.join('\n')}`,
    ...(doc.notes ?? []),
    `## Import rules\n${rules.map((rule, index) => `${index + 1}. ${rule}`).join('\n')}`,
    `## JSON Schema\n\`\`\`json\n${JSON.stringify(jsonSchema, null, 2)}\n\`\`\``,
  ]
    .join('\n\n')
    .concat('\n');
}

function readableVersions(file: FileFormat<unknown>): string {
  return [...Object.keys(file.older).map(Number), file.version].join(', ');
}

function versionRule(file: FileFormat<unknown>): string {
  const older = Object.keys(file.older);
  const upgrade = older.length ? `versions ${older.join(', ')} are read and upgraded; ` : '';
  return `${upgrade}a higher version is refused by name ("made by a newer Callside"), any other as unknown`;
}
