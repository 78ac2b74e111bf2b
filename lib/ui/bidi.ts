/**
 * Bidi control characters (embeddings, overrides, isolates, marks) in CRM
 * text can make a name render reversed ("U+202E evil" spoofing). Page text is
 * shown inside <bdi> (its own direction, isolated from the sentence around it)
 * and with these characters removed.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

export function stripBidiOptional(text: string | undefined): string | undefined {
  return text === undefined ? undefined : stripBidiControls(text);
}
