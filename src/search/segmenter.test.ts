import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, generatePetition } from '../demo/index.ts';
import { tokensForIndex, tokensForQuery } from './segmenter.ts';

const words = (text: string) => tokensForIndex(text).split(' ');

describe('tokensForIndex', () => {
  it('keeps each word and the shorter dictionary words inside it', () => {
    expect(words('中华人民共和国劳动合同法')).toEqual(expect.arrayContaining(['中华人民共和国', '中华', '人民', '共和国', '劳动', '合同法']));
    expect(words('公司拖欠工资')).toEqual(expect.arrayContaining(['拖欠', '工资', '拖欠工资']));
  });

  it('is lower-case, half-width and without diacritics', () => {
    expect(words('ＷｉＦｉ密码 ＡＢＣ１２３ Café ①②')).toEqual(expect.arrayContaining(['wifi', 'abc123', 'cafe', '12']));
  });

  it('drops punctuation, symbols and whitespace, and joins the words by single spaces', () => {
    const out = tokensForIndex('“欠薪！”——老板，\n\t跑路了…… ¥3.5万 ★ 😀 <script>');
    expect(out).toMatch(/^[^\s]+( [^\s]+)*$/u);
    expect(out).not.toMatch(/[“”！，…¥★😀<>]/u);
  });

  it('holds each word once and no stop characters', () => {
    const list = words('欠薪的问题，欠薪的问题，欠薪了');
    expect(new Set(list).size).toBe(list.length);
    expect(list).not.toContain('的');
    expect(list).not.toContain('了');
  });

  it('splits what PostgreSQL would read as scientific notation, and drops over-long runs', () => {
    expect(words('12e3abc')).toEqual(['12e3', 'abc']);
    expect(tokensForIndex('x'.repeat(65))).toBe('');
  });

  it('gives an empty string for text without words', () => {
    expect(tokensForIndex(' ，。！？ ')).toBe('');
  });
});

describe('tokensForQuery', () => {
  it('replaces a long word by the dictionary words covering it', () => {
    expect(tokensForQuery('拖欠工资')).toEqual(['拖欠', '工资']);
    expect(tokensForQuery('中华人民共和国')).toEqual(['中华', '人民', '共和国']);
    expect(tokensForQuery('欠薪')).toEqual(['欠薪']);
  });

  it('reduces query syntax and SQL to plain words', () => {
    expect(tokensForQuery("'; drop table petitions; --")).toEqual(['drop', 'table', 'petitions']);
    expect(tokensForQuery('"欠薪" OR -工资 *')).toEqual(['欠薪', 'or', '工资']);
    expect(tokensForQuery('的了 ，。')).toEqual([]);
  });

  it('lists each word once', () => {
    expect(tokensForQuery('欠薪 欠薪 ＱＱ qq')).toEqual(['欠薪', 'qq']);
  });

  it('finds every petition by its own text: all query words are among its indexed words', () => {
    const rng = createRandom(5);
    for (let i = 0; i < 200; i++) {
      const p = generatePetition(rng);
      const indexed = new Set(words(p.content));
      expect(tokensForQuery(p.content).filter((w) => !indexed.has(w))).toEqual([]);
    }
  });

  it('does so for arbitrary mixed text too', () => {
    const alphabet = [...'欠薪拖欠工资小区物业中华人民共和国公司有限农民工的了是ab12eXＹ，。!?"\' -*éσς𬌗😀'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        const indexed = new Set(words(text));
        return tokensForQuery(text).every((w) => indexed.has(w));
      }),
      { numRuns: 500 },
    );
  });
});
