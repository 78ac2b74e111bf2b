import { type CallsideDatabase, getDatabase } from '../db/database';
import type { ImportedSummary } from '../db/records';
import { checkFileSize } from '../formats/envelope';
import type { Failure } from '../result';
import { beats, mergeSummary } from './merge';
import { checkSummaryHash, checkSummaryText, type SummaryRejectionCode } from './summary-read';
import { SUMMARY_MAX_BYTES, type Summary } from './summary-schema';
import type { TeamRepRecord } from './team-records';

/** What the import needs of a file: a File satisfies it, and so does a test's plain object. */
export interface SummaryFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export type FileImportResult =
  | { file: string; status: 'imported' | 'replaced'; repName: string; repId: string; period: string }
  | { file: string; status: 'unchanged'; repName: string; repId: string; period: string; older: boolean }
  | { file: string; status: 'rejected'; error: Failure<SummaryRejectionCode | 'unreadable' | 'storage'> };

export interface ImportProgress {
  done: number;
  total: number;
}

/** Files per transaction: small enough that no main-thread task runs long, large enough to amortise a transaction. */
export const CHUNK_FILES = 10;

/** Lets the page paint (and the progress bar move) between chunks. */
export const yieldToPage = (): Promise<void> =>
  new Promise((resolve) => {
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    if (scheduler?.yield) void scheduler.yield().then(resolve);
    else setTimeout(resolve, 0);
  });

const importId = (summary: Summary) => `${summary.rep.id}|${summary.period.first}|${summary.period.last}`;
const periodLabel = (summary: Summary) => summary.period.key;

/** A file's text, or why it cannot be read; the size is checked first, so a 50 MB file never becomes a string. */
function startReading(file: SummaryFile): Promise<{ ok: true; text: string } | { ok: false; result: FileImportResult }> {
  const size = checkFileSize(file.size, SUMMARY_MAX_BYTES);
  if (!size.ok) return Promise.resolve({ ok: false, result: { file: file.name, status: 'rejected', error: size.error } });
  return file.text().then(
    (text) => ({ ok: true, text }),
    (error) => ({ ok: false, result: { file: file.name, status: 'rejected', error: { code: 'unreadable', detail: String(error) } } }),
  );
}

const rejected = (file: SummaryFile, error: Failure<SummaryRejectionCode>): FileImportResult => ({
  file: file.name,
  status: 'rejected',
  error,
});

/**
 * Writes validated summaries in one transaction: merged days per rep, and each
 * summary itself by rep and period (its customer counts, targets and
 * rebuttals). Only Dexie work happens inside; merging is synchronous.
 */
async function writeChunk(entries: { file: string; summary: Summary }[], db: CallsideDatabase, now: number): Promise<FileImportResult[]> {
  return db.transaction('rw', db.teamReps, db.imports, async () => {
    const repIds = [...new Set(entries.map((entry) => entry.summary.rep.id))];
    const ids = [...new Set(entries.map((entry) => importId(entry.summary)))];
    const [reps, imports] = await Promise.all([db.teamReps.bulkGet(repIds), db.imports.bulkGet(ids)]);
    const repById = new Map<string, TeamRepRecord>();
    reps.forEach((rep, index) => {
      if (rep) repById.set(repIds[index] as string, rep);
    });
    const importById = new Map<string, ImportedSummary>();
    imports.forEach((row, index) => {
      if (row) importById.set(ids[index] as string, row);
    });
    const results: FileImportResult[] = [];
    for (const { file, summary } of entries) {
      const base = { file, repName: summary.rep.name, repId: summary.rep.id, period: periodLabel(summary) };
      const id = importId(summary);
      const stored = importById.get(id);
      const storedSummary = stored?.summary as Summary | undefined;
      if (storedSummary?.contentHash === summary.contentHash) {
        results.push({ ...base, status: 'unchanged', older: false });
        continue;
      }
      const merged = mergeSummary(repById.get(summary.rep.id), summary);
      repById.set(summary.rep.id, merged.record);
      const newerThanStored =
        !storedSummary ||
        beats({ at: summary.exportedAt, hash: summary.contentHash }, { at: storedSummary.exportedAt, hash: storedSummary.contentHash });
      if (newerThanStored) {
        importById.set(id, {
          id,
          repId: summary.rep.id,
          periodStart: summary.period.first,
          periodEnd: summary.period.last,
          importedAt: now,
          exportedAt: summary.exportedAt,
          // The days live merged in teamReps; the import keeps the rest (customers, targets, rebuttals, hash).
          summary: { ...summary, days: [] },
        });
      }
      if (!newerThanStored && merged.addedDays === 0 && merged.replacedDays === 0)
        results.push({ ...base, status: 'unchanged', older: true });
      else results.push({ ...base, status: stored || merged.replacedDays > 0 ? 'replaced' : 'imported' });
    }
    await db.teamReps.bulkPut([...repById.values()]);
    await db.imports.bulkPut([...importById.values()]);
    return results;
  });
}

/**
 * Imports many summary files: each is read and validated whole (a bad one is
 * rejected with its reason and writes nothing), then the good ones are
 * written a chunk per transaction. While one chunk's transaction commits, the
 * next chunk is read and validated (the storage engine writes in another
 * process), and the next file's text is read while one is validated. A
 * chunk of files is checked in one task (about 1 ms a rep-year file) and
 * ends at its hashes' await, so no main-thread task runs long.
 */
export async function importSummaryFiles(
  files: readonly SummaryFile[],
  {
    db = getDatabase(),
    onProgress,
    pause = yieldToPage,
    now = Date.now,
    chunkFiles = CHUNK_FILES,
  }: {
    db?: CallsideDatabase;
    onProgress?: (progress: ImportProgress) => void;
    pause?: () => Promise<void>;
    now?: () => number;
    /** Files per transaction (CHUNK_FILES). */
    chunkFiles?: number;
  } = {},
): Promise<FileImportResult[]> {
  const results: FileImportResult[] = new Array(files.length);
  onProgress?.({ done: 0, total: files.length });
  /** The chunk being written, and where it ends; one transaction at a time, in file order. */
  let writing: { done: Promise<void>; end: number } | undefined;
  let nextReading = files[0] ? startReading(files[0]) : undefined;
  for (let start = 0; start < files.length; start += chunkFiles) {
    const end = Math.min(files.length, start + chunkFiles);
    const valid: { file: string; summary: Summary; index: number }[] = [];
    const hashes: Promise<void>[] = [];
    for (let index = start; index < end; index++) {
      const file = files[index] as SummaryFile;
      const reading = nextReading as ReturnType<typeof startReading>;
      const following = files[index + 1];
      nextReading = following ? startReading(following) : undefined;
      const text = await reading;
      if (!text.ok) {
        results[index] = text.result;
        continue;
      }
      const checked = checkSummaryText(text.text, file.size);
      if (!checked.ok) {
        results[index] = rejected(file, checked.error);
        continue;
      }
      // The digest runs off the main thread: the chunk's next files are checked meanwhile, and its hashes awaited together.
      hashes.push(
        checkSummaryHash(checked.value).then((read) => {
          if (read.ok) valid.push({ file: file.name, summary: read.value, index });
          else results[index] = rejected(file, read.error);
        }),
      );
    }
    await Promise.all(hashes);
    // Digests may finish in any order; the chunk is written in file order.
    valid.sort((a, b) => a.index - b.index);
    if (writing) {
      await writing.done;
      onProgress?.({ done: writing.end, total: files.length });
    }
    writing = { done: valid.length > 0 ? writeAndRecord(valid, db, now(), results) : Promise.resolve(), end };
    await pause();
  }
  if (writing) {
    await writing.done;
    onProgress?.({ done: writing.end, total: files.length });
  }
  return results;
}

/** Writes one chunk and records each file's result; a failed transaction rejects the chunk's files, naming the storage error. */
async function writeAndRecord(
  valid: { file: string; summary: Summary; index: number }[],
  db: CallsideDatabase,
  now: number,
  results: FileImportResult[],
): Promise<void> {
  try {
    const written = await writeChunk(valid, db, now);
    written.forEach((result, offset) => {
      results[(valid[offset] as { index: number }).index] = result;
    });
  } catch (error) {
    for (const entry of valid) {
      results[entry.index] = { file: entry.file, status: 'rejected', error: { code: 'storage', detail: String(error) } };
    }
  }
}
