import { describe, expect, it } from 'vitest';
import { countSyllables, gradeOf, measure, numberToWords, readableBlocks } from '../helpers/readability';

describe('syllables', () => {
  it('counts common words', () => {
    expect(countSyllables('cat')).toBe(1);
    expect(countSyllables('treatment')).toBe(2);
    expect(countSyllables('collagen')).toBe(3);
  });
  it('adds up the parts of hyphenated words', () => {
    expect(countSyllables('make-up')).toBe(2);
    expect(countSyllables('micro-needling')).toBe(4);
  });
  it('reads numbers and initialisms aloud', () => {
    expect(numberToWords('24')).toBe('twenty four');
    expect(numberToWords('2026')).toBe('two thousand twenty six');
    expect(numberToWords('0019')).toBe('zero zero one nine');
    expect(countSyllables('24')).toBe(3);
    expect(countSyllables('SPF')).toBe(3);
    expect(countSyllables('AHAs')).toBe(3);
  });
});

describe('Flesch–Kincaid grade', () => {
  it('scores a very easy sentence below grade 0', () => {
    // 6 words, 6 syllables, 1 sentence: 0.39·6 + 11.8·1 − 15.59
    expect(gradeOf('The cat sat on the mat.')).toBeCloseTo(-1.45, 2);
  });
  it('matches the published score of a hard sentence', () => {
    // Wikipedia's worked example ("Flesch–Kincaid readability tests"): 13 words, 26 syllables, grade 13.1.
    const result = measure(['The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.']);
    expect(result).toMatchObject({ words: 13, sentences: 1, syllables: 26 });
    expect(result.grade).toBeCloseTo(13.08, 2);
  });
  it('splits sentences at full stops, question marks and exclamation marks', () => {
    expect(measure(['Wash your face. Is it red? Call us!']).sentences).toBe(3);
    expect(measure(['Use SPF 30 or 50.5 every day.']).sentences).toBe(1);
  });
});

describe('readable text of a page', () => {
  it('ends a sentence at every heading, item and paragraph, and skips what is hidden', () => {
    const html = `<article><h1>Aftercare</h1><span hidden>Aftercare</span><ul><li>Red skin</li><li>Dry skin</li></ul>
      <p>Call us<script>var x = 1;</script> today.</p><p aria-hidden="true">makeup, make up</p></article>`;
    expect(readableBlocks(html)).toEqual(['Aftercare', 'Red skin', 'Dry skin', 'Call us today.']);
  });
});
