/**
 * The gates over the worked example of a clinic's copy, served under /aftercare/: axe in both
 * schemes, and a clean record on every page; hostile URL parameters where they are read.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gatesOnEveryPage, hostileParamsOn } from '../../helpers/gates';

// Where playwright.config.ts has it built (npm test: `build:all` into BRANDS_DIST).
const site = {
  dir: join(process.env.BRANDS_DIST ?? join(tmpdir(), 'aftercare-test-brands'), 'cedar'),
  base: '/aftercare/',
};
gatesOnEveryPage(site);
// Under the sub-path, the pages whose code reads URL parameters: the tracker (?date=), the search
// page (?q=) and the root. gates.spec.ts tries every kind of page of the demo, built from the same code.
hostileParamsOn([`${site.base}en/micro-needling/aftercare/`, `${site.base}en/search/`, site.base]);
