import * as z from 'zod/mini';
import { BACKUP_FORMAT, BACKUP_MAX_BYTES, BACKUP_PRIMARY_KEYS, BACKUP_VERSION, backupSchema } from './backup';

/**
 * docs/formats/backup.md, generated from the Zod schema so the description
 * cannot drift from what restore accepts (a unit test compares the two).
 */
export function backupFormatMarkdown(): string {
  const jsonSchema = z.toJSONSchema(backupSchema, { io: 'input', unrepresentable: 'any' });
  return `# \`${BACKUP_FORMAT}\` version ${BACKUP_VERSION}

A Callside backup is the whole database of one rep in one JSON file, for moving
to a new machine. **It holds personal data** (customer names, phone numbers,
notes, CRM links): Callside says so before saving one, and it should be kept
safe and deleted once restored.

Generated from \`backupSchema\` in \`lib/formats/backup.ts\` by
\`lib/formats/backup-doc.ts\`; do not edit by hand.

## Top level
| field | meaning |
|---|---|
| \`format\` | always \`"${BACKUP_FORMAT}"\`; any other value is refused as a foreign file |
| \`version\` | \`${BACKUP_VERSION}\`; a higher version is refused by name ("made by a newer Callside") |
| \`exportedAt\` | epoch milliseconds when the backup was made |
| \`appVersion\` | Callside version that wrote it |
| \`databaseVersion\` | Dexie schema version of the rows |
| \`counts\` | rows per table; restore refuses a file whose tables hold fewer or more rows (cut short) |
| \`tables\` | every table as an array of rows: calls, rollups, scripts, scriptVersions, objections, outcomes, targets, calendar, dnc, siteMappings, drafts, settings, imports |

Times are epoch milliseconds plus a local day string \`YYYY-MM-DD\`; flags are 0/1.
Rows may carry fields a newer Callside added; they are kept as they are.

## Restore rules
1. Files over ${BACKUP_MAX_BYTES / 1024 / 1024} MB are refused before reading (Chromium cannot read a larger file into one string).
2. The file must be complete JSON (a truncated download is refused).
3. \`format\` and \`version\` are checked, then every row of every table against the schema below, then \`counts\`,
   then that no table holds the same primary key twice (${Object.entries(BACKUP_PRIMARY_KEYS)
     .map(([table, key]) => `${table}.${key}`)
     .join(', ')}).
4. Only then is the database replaced, in one transaction: all or nothing.

## JSON Schema
\`\`\`json
${JSON.stringify(jsonSchema, null, 2)}
\`\`\`
`;
}
