/** The clinic's handout of the demo clinic, at `/` (test/helpers/handout.ts). */
import { handoutTests } from '../helpers/handout';

handoutTests('demo');
