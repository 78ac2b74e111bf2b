// Why a file was refused, for any Callside file read through lib/formats/envelope.ts.
// Each message completes "Not imported, nothing changed: …".
export const formatsEn = {
  'file.error.too-large': 'the file is {size} MB; a file of this kind can be at most {limit} MB.',
  'file.error.empty': 'the file is empty.',
  'file.error.not-json': 'the file is not JSON, or it was cut short ({detail}).',
  'file.error.csv': 'the file looks like a spreadsheet (CSV) export, not a Callside JSON file.',
  'file.error.unsafe-key': 'the file holds a key named "{key}", which Callside never writes; it was refused for safety.',
  'file.error.wrong-format': 'the file is not a Callside file of this kind: its format is "{format}", it should be "{expected}".',
  'file.error.newer-version':
    'the file is version {version}, made by a newer Callside. Update Callside to read it (this one reads up to version {newest}).',
  'file.error.unknown-version': 'the file is version {version}, which this Callside cannot read (it reads up to version {newest}).',
  'file.error.invalid': 'the file has invalid content at {field}: {detail}',
} as const;
