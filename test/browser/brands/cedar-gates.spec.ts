/**
 * The gates over the worked example of a clinic's copy, served under /aftercare/: axe in both
 * schemes, and a clean record on every page; hostile URL parameters on each kind of page.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gatesOnEveryPage, hostileParamsOnEveryKind } from '../../helpers/gates';

// Where playwright.config.ts has it built (npm test: `build:all` into BRANDS_DIST).
const site = {
  dir: join(process.env.BRANDS_DIST ?? join(tmpdir(), 'aftercare-test-brands'), 'cedar'),
  base: '/aftercare/',
};
gatesOnEveryPage(site);
hostileParamsOnEveryKind(site, 'en');
