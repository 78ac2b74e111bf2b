import * as z from 'zod/mini';
import { DNC_FORMAT, DNC_VERSION, dncFileSchema, MAX_DNC_FILE_BYTES } from './dnc-file';

/**
 * docs/formats/dnc.md, generated from the Zod schema so the description
 * cannot drift from what import accepts (a unit test compares the two).
 */
export function dncFormatMarkdown(): string {
  const jsonSchema = z.toJSONSchema(dncFileSchema, { io: 'input', unrepresentable: 'any' });
  return `# \`${DNC_FORMAT}\` version ${DNC_VERSION}

The local do-not-call list in one JSON file: what "Export list" in Settings →
Compliance writes and "Import list" reads, to move the list to a new machine
or to hand a team's list to its reps. It holds **no phone numbers**: each entry
is the SHA-256 hash of a salted E.164 number, so the file does not reveal who
asked not to be called.

Generated from \`dncFileSchema\` in \`lib/compliance/dnc-file.ts\` by
\`lib/compliance/dnc-format-doc.ts\`; do not edit by hand.

## Top level
| field | meaning |
|---|---|
| \`format\` | always \`"${DNC_FORMAT}"\`; any other value is refused as a foreign file |
| \`version\` | \`${DNC_VERSION}\`; another version is refused by name |
| \`exportedAt\` | epoch milliseconds when the list was written |
| \`entries\` | \`hash\` (64 hex digits), \`addedAt\` (epoch ms), \`source\` (\`outcome\`, \`manual\` or \`import\`) |

## Import rules
1. Files over ${MAX_DNC_FILE_BYTES / 1024 / 1024} MB are refused before reading.
2. The file must be complete JSON with the right \`format\` and \`version\`, and every entry must match the schema below.
3. Only then are the entries merged into the list, in one transaction; an entry already on the list keeps its own date.

## JSON Schema
\`\`\`json
${JSON.stringify(jsonSchema, null, 2)}
\`\`\`
`;
}
