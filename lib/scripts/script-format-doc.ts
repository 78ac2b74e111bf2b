import * as z from 'zod/mini';
import { SCRIPT_FORMAT, SCRIPT_FORMAT_VERSION, scriptDocumentSchema } from './script-model';
import { MAX_SCRIPT_FILE_BYTES } from './script-repository';

/**
 * docs/formats/script.md, generated from the Zod schema so the description
 * cannot drift from what import accepts (a unit test compares the two).
 */
export function scriptFormatMarkdown(): string {
  const jsonSchema = z.toJSONSchema(scriptDocumentSchema, { io: 'input', unrepresentable: 'any' });
  return `# \`${SCRIPT_FORMAT}\` version ${SCRIPT_FORMAT_VERSION}

One call script in one JSON file: what "Export file" in Settings → Scripts
writes and "Import file" reads. It holds no customer data.

Generated from \`scriptDocumentSchema\` in \`lib/scripts/script-model.ts\` by
\`lib/scripts/script-format-doc.ts\`; do not edit by hand.

## Top level
| field | meaning |
|---|---|
| \`format\` | always \`"${SCRIPT_FORMAT}"\`; any other value is refused as a foreign file |
| \`version\` | \`${SCRIPT_FORMAT_VERSION}\`; another version is refused by name |
| \`name\`, \`industry\`, \`locale\` | what the script is for (\`car-insurance\`, \`home-renovation\`, ...; \`en\`, \`zh-CN\`) |
| \`startNodeId\` | the step a call starts on |
| \`stages\` | ordered stages (\`opening\`, \`discovery\`, \`pitch\`, \`objections\`, \`close\`, \`followUp\`, or \`custom\`) with their titles |
| \`nodes\` | steps: \`stageId\`, \`title\`, \`lines\` (text with \`{{variable}}\` placeholders) and \`branches\` (customer response \`label\` → \`next\` step id); a step without branches ends the call path |
| \`checklist\` | items ticked during the call; \`required\` items must be ticked before a connected call can be saved |
| \`variables\` | custom variables: \`key\` used in \`{{key}}\`, \`label\` shown to the rep, \`labels\` the page field labels that supply the value |

Built-in variables need no declaration: \`customerName\`, \`phone\`, \`company\`,
\`status\` (from the CRM page), \`repName\`, \`team\` (from the profile). A value
a CRM page supplies is shown as text, never as HTML; a missing one is shown as
a gap the rep can fill for the call.

## Import rules
1. Files over ${MAX_SCRIPT_FILE_BYTES / 1000 / 1000} MB are refused before parsing.
2. \`format\` and \`version\` are checked, then the whole script against the schema below:
   unique step ids, every step in a stage, every branch leading to an existing step.
3. Only then is it stored, as a new script with its first version.

## JSON Schema
\`\`\`json
${JSON.stringify(jsonSchema, null, 2)}
\`\`\`
`;
}
