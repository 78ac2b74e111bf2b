// Strings for the objections domain (lib/objections): the library, its editor and its file.
// The zh-CN file is typed against these keys.
export const objectionsEn = {
  'objectionFile.export': 'Export library',
  'objectionFile.import': 'Import library',
  'objectionFile.imported': 'Imported {added} new and {updated} updated objections ({language}).',
  'objectionFile.importFailed': 'Not imported, nothing changed: {error}',
} as const;
