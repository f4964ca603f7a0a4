/**
 * Turns schema issues into lines a clinic's staff can act on: the file, the field path as they
 * would find it in the file (`contacts.hours[0].opens`), and what to write there.
 */
export interface FieldIssue {
  path: readonly PropertyKey[];
  message: string;
}

/** `colors.light.text`, `contacts.hours[0].opens`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** One line per issue, under a heading that names the file. */
export function formatIssues(heading: string, file: string, issues: readonly FieldIssue[]): string {
  const lines = issues.map((issue) => `  - ${fieldPath(issue.path) || '(the whole file)'}: ${issue.message}`);
  return [`${heading} (${file}):`, ...lines].join('\n');
}
