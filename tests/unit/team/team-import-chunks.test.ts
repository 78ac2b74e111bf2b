import { describe, expect, it } from 'vitest';
import { type ImportProgress, importSummaryFiles, type SummaryFile } from '../../../lib/team/team-import';
import { freshDatabase } from '../../helpers/db';
import { fileOf, makeSummary, summaryFile } from './summary-fixtures';

const noPause = { pause: async () => undefined };

describe('importing many files, chunk after chunk', () => {
  it('answers every file in order across chunks, a later chunk sees an earlier one, and progress only moves forward to the end', async () => {
    const db = freshDatabase();
    const files: SummaryFile[] = [];
    for (let rep = 0; rep < 23; rep++) {
      if (rep === 4 || rep === 17) files.push(fileOf(`broken-${rep}.json`, '{"format":'));
      files.push(summaryFile(`rep-${rep}.json`, await makeSummary({ repId: `rep-${rep}`, name: `Rep ${rep}` })));
    }
    // A newer export of rep 0 in the last chunk replaces the one of the first; a file read twice stays unchanged.
    files.push(
      summaryFile(
        'rep-0-newer.json',
        await makeSummary({ repId: 'rep-0', name: 'Rep 0', exportedAt: Date.UTC(2026, 11, 1), dialsOf: () => 7 }),
      ),
    );
    files.push(files[1] as SummaryFile);
    const progress: ImportProgress[] = [];
    const results = await importSummaryFiles(files, { db, onProgress: (step) => progress.push(step), ...noPause });

    expect(results.map((result) => [result.file, result.status])).toEqual(
      files.map((file, index) => [
        file.name,
        file.name.startsWith('broken')
          ? 'rejected'
          : file.name === 'rep-0-newer.json'
            ? 'replaced'
            : index === files.length - 1
              ? 'unchanged'
              : 'imported',
      ]),
    );
    expect(results.find((result) => result.file === 'broken-17.json')).toMatchObject({ error: { code: 'not-json' } });
    expect(await db.teamReps.count()).toBe(23);
    expect(Object.values((await db.teamReps.get('rep-0'))?.dayCounts ?? {}).every((day) => day?.dials === 7)).toBe(true);
    expect(progress[0]).toEqual({ done: 0, total: files.length });
    expect(progress.at(-1)).toEqual({ done: files.length, total: files.length });
    for (let index = 1; index < progress.length; index++)
      expect(progress[index]?.done).toBeGreaterThan(progress[index - 1]?.done ?? Number.POSITIVE_INFINITY);
  });
});
