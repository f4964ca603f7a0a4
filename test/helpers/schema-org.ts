/**
 * A small slice of the schema.org vocabulary (https://schema.org), enough to validate the types
 * our pages emit: each type's allowed properties (its own and inherited), the expected types of
 * nested values, and what Google's rich results need. Unknown types or properties are errors.
 */
type Expect = 'Text' | 'URL' | 'Date' | 'Language' | string[];

const thing: Record<string, Expect> = { name: 'Text', description: 'Text', url: 'URL', alternateName: 'Text' };
const creativeWork: Record<string, Expect> = {
  ...thing,
  inLanguage: 'Language',
  about: ['Thing', 'MedicalProcedure', 'MedicalEntity'],
  mainEntity: ['Thing', 'Question'],
  text: 'Text',
  author: ['Person', 'Organization'],
  publisher: ['Person', 'Organization'],
};
const webPage: Record<string, Expect> = {
  ...creativeWork,
  lastReviewed: 'Date',
  reviewedBy: ['Person', 'Organization'],
};

export const vocabulary: Record<string, { properties: Record<string, Expect>; required: string[] }> = {
  MedicalWebPage: {
    properties: { ...webPage, medicalAudience: 'Text' },
    required: ['name', 'inLanguage', 'about'],
  },
  FAQPage: { properties: webPage, required: ['mainEntity'] },
  Question: { properties: { ...creativeWork, acceptedAnswer: ['Answer'] }, required: ['name', 'acceptedAnswer'] },
  Answer: { properties: creativeWork, required: ['text'] },
  MedicalProcedure: { properties: { ...thing, procedureType: 'Text' }, required: ['name'] },
  Person: { properties: { ...thing, jobTitle: 'Text' }, required: ['name'] },
  Organization: { properties: { ...thing, telephone: 'Text', email: 'Text' }, required: ['name'] },
};

/** Every problem with one JSON-LD node and its children, as "path: problem". */
export function validateNode(node: unknown, path = '$', allowed?: string[]): string[] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [`${path}: expected an object`];
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  if (typeof type !== 'string' || !vocabulary[type]) return [`${path}: unknown @type ${JSON.stringify(type)}`];
  if (allowed && !allowed.includes(type) && !allowed.includes('Thing'))
    return [`${path}: ${type} is not one of ${allowed.join(', ')}`];
  const { properties, required } = vocabulary[type];
  const problems = required.filter((key) => record[key] === undefined).map((key) => `${path}: ${type} needs ${key}`);
  for (const [key, value] of Object.entries(record)) {
    if (key.startsWith('@')) continue;
    const expected = properties[key];
    if (!expected) {
      problems.push(`${path}.${key}: not a property of ${type}`);
      continue;
    }
    const values = Array.isArray(value) ? value : [value];
    values.forEach((item, index) => {
      const at = Array.isArray(value) ? `${path}.${key}[${index}]` : `${path}.${key}`;
      if (Array.isArray(expected)) problems.push(...validateNode(item, at, expected));
      else if (typeof item !== 'string' || !item.trim()) problems.push(`${at}: expected ${expected} text`);
      else if (expected === 'URL' && !/^https?:\/\//.test(item)) problems.push(`${at}: expected an absolute URL`);
      else if (expected === 'Date' && !/^\d{4}-\d{2}-\d{2}$/.test(item)) problems.push(`${at}: expected an ISO date`);
      else if (expected === 'Language' && !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(item))
        problems.push(`${at}: expected a BCP-47 tag`);
    });
  }
  return problems;
}

/** A whole JSON-LD block: the schema.org context, then the node. */
export function validateJsonLd(data: unknown): string[] {
  const context = (data as Record<string, unknown>)?.['@context'];
  if (context !== 'https://schema.org')
    return [`$: @context must be "https://schema.org", found ${JSON.stringify(context)}`];
  return validateNode(data);
}
