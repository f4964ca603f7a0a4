/**
 * Invisible bidirectional controls (the embeddings and overrides U+202A–U+202E, the isolates
 * U+2066–U+2069) make text display in another order than it is stored: a phone number or a
 * link that reads right but dials or opens something else ("Trojan Source", CVE-2021-42574).
 * A clinic's brand file never needs them: the site isolates numbers and names itself.
 */
import type { FieldIssue } from './issues';

const control = /[\u202A-\u202E\u2066-\u2069]/u;

/** `U+202E`: how a control is named in a message. */
const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Every text (and key) in `value` that holds a bidirectional control, with where it is. */
export function bidiControlIssues(value: unknown, path: PropertyKey[] = []): FieldIssue[] {
  const issue = (where: PropertyKey[], text: string): FieldIssue => ({
    path: where,
    message: `holds an invisible direction control (${codePoint(control.exec(text)![0])}) that can make it read differently from what it is: delete it, or retype the text`,
  });
  if (typeof value === 'string') return control.test(value) ? [issue(path, value)] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => bidiControlIssues(item, [...path, index]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => [
      ...(control.test(key) ? [issue([...path, key], key)] : []),
      ...bidiControlIssues(item, [...path, key]),
    ]);
  return [];
}
