/**
 * Dates as the clinic's readers write them: a brand states its region, and the built pages write
 * dates in the language of the page as written there ("29 November 2026" in the London demo).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../helpers/dist';

const governance = (brand: string, page: string) =>
  /Last checked against sources: ([^<]+)</.exec(readFileSync(join(builtSite(brand), page, 'index.html'), 'utf8'))?.[1];

describe('dates in the clinic’s region', () => {
  it('London (GB): day, month, year', () =>
    expect(governance('demo', 'en/micro-needling/aftercare')).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/));
  it('Dearborn (US): month, day, year', () =>
    expect(governance('cedar', 'en/micro-needling/aftercare')).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/));
});
