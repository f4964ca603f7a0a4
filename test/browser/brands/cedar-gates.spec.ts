/**
 * The gates over the worked example of a clinic's copy, served under /aftercare/: axe in both
 * schemes, and a clean record on every page; hostile URL parameters where they are read.
 */
import { builtSite } from '../../helpers/dist';
import { gatesOnEveryPage, hostileParamsOn } from '../../helpers/gates';

// Built by `npm test` (or by playwright.config.ts when missing), under its brand file's sub-path.
const site = { dir: builtSite('cedar'), base: '/aftercare/' };
gatesOnEveryPage(site);
// Under the sub-path, the pages whose code reads URL parameters: the tracker (?date=), the search
// page (?q=) and the root. gates.spec.ts tries every kind of page of the demo, built from the same code.
hostileParamsOn([`${site.base}en/micro-needling/aftercare/`, `${site.base}en/search/`, site.base]);
