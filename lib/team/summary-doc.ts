import * as z from 'zod/mini';
import { MERGED_CSV_HEADER, SUMMARY_CSV_HEADER } from './summary-csv';
import {
  MAX_DAY_COUNT,
  MAX_DAY_REVENUE,
  MAX_DAY_TALK_SECONDS,
  SUMMARY_FORMAT,
  SUMMARY_MAX_BYTES,
  SUMMARY_VERSION,
  summarySchema,
} from './summary-schema';

/**
 * docs/formats/summary.md, generated from the Zod schema so the description
 * cannot drift from what the team view accepts (a unit test compares the two).
 */
export function summaryFormatMarkdown(): string {
  const jsonSchema = z.toJSONSchema(summarySchema, { io: 'input', unrepresentable: 'any' });
  return `# \`${SUMMARY_FORMAT}\` version ${SUMMARY_VERSION}

A summary is what a rep hands their team lead: one rep's numbers for one
period (a day, week, month, quarter or year). **It holds no customer data**: no
names, phone numbers, emails, notes or CRM links, only counts, the rep's own
name and team, and the text of the rep's rebuttal library. Before a file is
written, Callside checks every text in it against the customer names, numbers,
emails, notes and record URLs of the period's calls and refuses to write it if
any appears.

Generated from \`summarySchema\` in \`lib/team/summary-schema.ts\` by
\`lib/team/summary-doc.ts\`; do not edit by hand.

## Top level
| field | meaning |
|---|---|
| \`format\` | always \`"${SUMMARY_FORMAT}"\`; any other value is refused as not a summary |
| \`version\` | \`${SUMMARY_VERSION}\`; a higher version is refused by name ("made by a newer Callside"), older versions are upgraded on import |
| \`exportedAt\` | epoch milliseconds when the rep exported it; for a day held by two exports, the newer one counts |
| \`appVersion\` | Callside version that wrote it |
| \`playbook\` | \`{ version, acceptedAt }\` of the playbook pack the rep accepted last, or \`null\` |
| \`rep\` | \`id\` (stable per installation), \`name\`, \`team\`, \`startDate\` (YYYY-MM-DD or null, for the tenure stage) |
| \`period\` | \`kind\` (year, quarter, month, week, day), \`key\` (2026, 2026-Q4, 2026-11, 2026-W48, 2026-11-26), \`first\` and \`last\` day |
| \`effectiveSeconds\` | the rep's threshold for an effective conversation |
| \`days\` | one entry per local day with any activity, in order: dials, connects, effective, quotes, deals, issued (承保), revenue, talkSeconds, firstDial (local HH:MM or null); a day of the period that is left out had none |
| \`totals\` | the same counts summed over the days |
| \`customers\` | distinct customers over the whole period: dialed, connected, quoted, signed (exact customer-based rates, which day counts cannot give) |
| \`targets\` | every target of a period overlapping this one: period, periodKey, kpi, floor (company target), stretch, changes (how often it was changed) |
| \`rebuttals\` | per rebuttal used: rebuttalId, objection title and rebuttal text from the library, calls that used it, of which quoted and closed |
| \`overrides\` | compliance warnings the rep overrode, counted per rule |
| \`contentHash\` | SHA-256 (lowercase hex) of the canonical JSON (RFC 8785, the \`canonicalize\` package) of the whole file without this field |

## Import rules (team view)
1. Files over ${SUMMARY_MAX_BYTES / 1024 / 1024} MB are refused before they are read.
2. The file must be JSON (a CSV export is refused with a hint to import the JSON file) with no \`__proto__\` key anywhere.
3. \`format\` and \`version\` are checked, then the whole file against the schema below. Counts are whole numbers from 0;
   a day may hold at most ${MAX_DAY_COUNT} of each count, ${MAX_DAY_TALK_SECONDS} talk seconds and ${MAX_DAY_REVENUE} revenue.
4. Each day appears once, in order, inside the period; the days add up to \`totals\` (revenue to the cent); distinct
   customers never exceed the calls of their kind (dialed ≤ dials, connected ≤ connects, quoted ≤ quotes, signed ≤ deals).
5. \`contentHash\` must match the file.
6. Only then is the file written, in one transaction. The lead's table is merged by rep and day: every day of the
   file's period takes the file's numbers (zero for a day it leaves out) unless a newer export of that rep already
   holds the day. Re-importing a file changes nothing; a newer export replaces; overlapping periods never count a day twice.

## CSV export of a summary
UTF-8 with a byte-order mark, CRLF lines, one number per row:
\`${SUMMARY_CSV_HEADER.join(',')}\` (record is file, rep, period, day, total, customers, target, rebuttal or override).
A cell that starts with = + - @, a tab, a carriage return, the minus sign or a full-width = + - @ is prefixed with an
apostrophe so a spreadsheet shows it as text. The team view imports the JSON file only.

## CSV export of the lead's merged table
One row per rep and day with activity, for Excel or a warehouse, with the same encoding and neutralising:
\`${MERGED_CSV_HEADER.join(',')}\`. \`exported_at\` is when the export that supplied the day was made (ISO 8601, UTC).

## JSON Schema
\`\`\`json
${JSON.stringify(jsonSchema, null, 2)}
\`\`\`
`;
}
