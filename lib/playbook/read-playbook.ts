import { checkFileSize, type FileErrorCode, readFile } from '../formats/envelope';
import type { Result } from '../result';
import { PLAYBOOK_MAX_BYTES, type Playbook, playbookFileFormat } from './playbook-schema';

/** What the import needs of a file: a File satisfies it, and so does a test's plain object. */
export interface PlaybookFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export type PlaybookRead = Result<Playbook, FileErrorCode | 'unreadable'>;

/** The whole pack checked before anything is shown or written: size first, so a 50 MB file never becomes a string. */
export async function readPlaybookFile(file: PlaybookFile): Promise<PlaybookRead> {
  const size = checkFileSize(file.size, PLAYBOOK_MAX_BYTES);
  if (!size.ok) return size;
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, error: { code: 'unreadable', detail: String(error) } };
  }
  return readFile(playbookFileFormat, text, file.size);
}
