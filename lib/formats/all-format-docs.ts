// Every file format Callside reads or writes, each documented in
// docs/formats/<name>.md by lib/formats/format-doc.ts. A new format adds its
// FormatDoc here (tests/unit/foundation/format-docs.test.ts regenerates them all).
import { dncFormatDoc } from '../compliance/dnc-format-doc';
import { objectionsFormatDoc } from '../objections/objection-format-doc';
import { playbookFormatDoc } from '../playbook/playbook-doc';
import { scriptFormatDoc } from '../scripts/script-format-doc';
import { summaryFormatDoc } from '../team/summary-doc';
import { backupFormatDoc } from './backup-doc';
import type { FormatDoc } from './format-doc';

export const ALL_FORMAT_DOCS: readonly FormatDoc<unknown>[] = [
  backupFormatDoc,
  scriptFormatDoc,
  dncFormatDoc,
  objectionsFormatDoc,
  summaryFormatDoc,
  playbookFormatDoc,
];
