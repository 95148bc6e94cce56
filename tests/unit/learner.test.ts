import { describe, expect, it } from 'vitest';
import { LEARNER_NAME_MAX, normaliseLearnerName } from '../../src/platform/learner';

describe('normaliseLearnerName', () => {
  it('keeps an ordinary name as typed', () => {
    expect(normaliseLearnerName('张晓燕')).toBe('张晓燕');
    expect(normaliseLearnerName('Li Na')).toBe('Li Na');
  });

  it('trims, collapses spaces and removes line breaks and control characters', () => {
    expect(normaliseLearnerName('  王  芳 \n')).toBe('王 芳');
    expect(normaliseLearnerName('赵\u0000\u200b刚')).toBe('赵 刚');
    expect(normaliseLearnerName('a\u2028b')).toBe('a b');
  });

  it('is empty for blank input, letters that print as nothing included', () => {
    expect(normaliseLearnerName('   \t ')).toBe('');
    expect(normaliseLearnerName('\u3164\u3164\uFFA0')).toBe('');
  });

  it('cuts long names by characters, not code units', () => {
    const long = '𠮷'.repeat(LEARNER_NAME_MAX + 5);
    expect(Array.from(normaliseLearnerName(long))).toHaveLength(LEARNER_NAME_MAX);
  });

  it('keeps markup as plain text (it is only ever rendered as text)', () => {
    expect(normaliseLearnerName('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });
});
