import type { Translate } from '../i18n';
import type { BackupRejection, RollupCheck } from './backup';

/** Why a backup cannot be restored, in the rep's language, naming the table, row and field at fault. */
export function describeBackupRejection(rejection: BackupRejection, t: Translate): string {
  switch (rejection.reason) {
    case 'too-large':
      return t('backup.reason.too-large', { size: rejection.sizeMb, limit: rejection.limitMb });
    case 'truncated':
      return t('backup.reason.truncated', { detail: rejection.detail });
    case 'foreign':
      return t('backup.reason.foreign', { format: rejection.format });
    case 'newer':
      return t('backup.reason.newer', { version: rejection.version });
    case 'older':
      return t('backup.reason.older', { version: rejection.version });
    case 'invalid':
      return t('backup.reason.invalid', { detail: rejection.detail });
    case 'counts':
      return t('backup.reason.counts', {
        expected: rejection.expected,
        actual: rejection.actual,
        table: t(`backup.table.${rejection.table}`),
      });
    case 'duplicate':
      return t('backup.reason.duplicate', { table: t(`backup.table.${rejection.table}`), key: rejection.key });
    case 'database-version':
      return t('backup.reason.databaseVersion', { version: rejection.version, newest: rejection.newest });
    case 'missing-table':
      return t('backup.reason.missingTable', { table: t(`backup.table.${rejection.table}`) });
    case 'record':
      return t('backup.reason.record', {
        table: t(`backup.table.${rejection.table}`),
        row: rejection.row,
        key: rejection.key || '-',
        field: rejection.field,
        problem: t(`backup.problem.${rejection.problem}`, { limit: rejection.limit ?? '' }),
      });
  }
}

/** The note shown when the file's own daily totals disagreed with its calls (undefined when they agreed). */
export function describeRollupCheck(check: RollupCheck, t: Translate): string | undefined {
  if (check.differingDays.length === 0) return undefined;
  return t('backup.rollupsRecounted', { days: check.differingDays.length, first: check.differingDays[0] ?? '' });
}
