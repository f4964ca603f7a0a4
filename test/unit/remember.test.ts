import { describe, expect, it } from 'vitest';
import { decodeRecord, encodeRecord, storageKey } from '../../src/lib/remember';

describe('the remembered treatment date', () => {
  it('is one versioned record per treatment', () => {
    expect(storageKey('peel')).toBe('aftercare:v1:peel');
    expect(JSON.parse(encodeRecord({ date: '2026-03-03' }))).toEqual({ version: 1, date: '2026-03-03' });
    expect(JSON.parse(encodeRecord({ date: '2026-03-03', time: '14:30' }))).toEqual({
      version: 1,
      date: '2026-03-03',
      time: '14:30',
    });
  });

  it('reads back what it wrote', () => {
    expect(decodeRecord(encodeRecord({ date: '2026-03-03' }))).toEqual({ date: '2026-03-03' });
    expect(decodeRecord(encodeRecord({ date: '2026-03-03', time: '09:05' }))).toEqual({
      date: '2026-03-03',
      time: '09:05',
    });
  });

  it('ignores anything it does not understand', () => {
    for (const raw of [
      null,
      '',
      'not json',
      '"2026-03-03"',
      'null',
      '[]',
      '{"date":"2026-03-03"}',
      '{"version":2,"date":"2026-03-03"}',
      '{"version":"1","date":"2026-03-03"}',
      '{"version":1,"date":"2026-02-30"}',
      '{"version":1,"date":"2026-03-03","time":"25:00"}',
      '{"version":1,"date":"2026-03-03","time":""}',
    ])
      expect(decodeRecord(raw), String(raw)).toBeUndefined();
  });
});
