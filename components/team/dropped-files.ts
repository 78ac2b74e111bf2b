// Files out of a drop: plain files, and every file inside dropped folders
// (the lead may drag the shared folder itself). Uses the File and Directory
// Entries API, which Chromium and Firefox both have.

interface Entry {
  isFile: boolean;
  isDirectory: boolean;
  file?(success: (file: File) => void, failure: (error: unknown) => void): void;
  createReader?(): { readEntries(success: (entries: Entry[]) => void, failure: (error: unknown) => void): void };
}

async function filesOfEntry(entry: Entry): Promise<File[]> {
  if (entry.isFile && entry.file) {
    const read = entry.file.bind(entry);
    return [await new Promise<File>((resolve, reject) => read(resolve, reject))];
  }
  if (!entry.isDirectory || !entry.createReader) return [];
  const reader = entry.createReader();
  const children: Entry[] = [];
  // readEntries returns a batch at a time until an empty batch.
  for (;;) {
    const batch = await new Promise<Entry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    children.push(...batch);
  }
  return (await Promise.all(children.map(filesOfEntry))).flat();
}

/** Dropped files as they are (a wrong one is named by the import); inside dropped folders, the JSON files only. */
export async function filesOfDrop(transfer: DataTransfer): Promise<File[]> {
  const items = [...transfer.items].filter((item) => item.kind === 'file');
  const files: File[] = [];
  for (const item of items) {
    const entry = (item as DataTransferItem & { webkitGetAsEntry?(): Entry | null }).webkitGetAsEntry?.();
    if (entry?.isDirectory) files.push(...(await filesOfEntry(entry)).filter((file) => file.name.toLowerCase().endsWith('.json')));
    else {
      const file = item.getAsFile();
      if (file) files.push(file);
    }
  }
  return files.length > 0 || items.length > 0 ? files : [...transfer.files];
}

/** From a folder picker (webkitdirectory): the JSON files inside. */
export const jsonFilesOf = (files: FileList | null): File[] =>
  [...(files ?? [])].filter((file) => file.name.toLowerCase().endsWith('.json'));
