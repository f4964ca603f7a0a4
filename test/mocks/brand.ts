/** `virtual:aftercare/brand` for unit tests of src/data: a clinic a test can change. */
import type { BrandData } from '../../src/schemas/brand';

// On globalThis: a test reloads src/data (and so this module), and the clinic must stay the one it set.
export const brand = ((globalThis as { brandMock?: unknown }).brandMock ??= {
  id: 'test',
  name: 'Test Clinic',
  locales: ['en', 'es', 'fr'],
  defaultLocale: 'en',
  treatments: ['peel'],
  overrides: {},
}) as BrandData & { id: string; logoUrl: string };
