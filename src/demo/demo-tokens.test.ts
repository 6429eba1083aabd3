import { describe, expect, it } from 'vitest';
import { tokensForIndex } from '../search/segmenter.ts';
import { TokenCache } from './demo-tokens.ts';
import { createRandom, generatePetition } from './index.ts';

describe('TokenCache', () => {
  it('gives exactly what tokensForIndex gives for demo petitions', () => {
    const cache = new TokenCache();
    const rng = createRandom(3);
    for (let i = 0; i < 1500; i++) {
      const p = generatePetition(rng);
      const text = [p.title, p.request, p.content, p.respondent].join('\n');
      expect(cache.tokens(text)).toBe(tokensForIndex(text));
    }
    expect(cache.hits).toBeGreaterThan(cache.misses);
  });

  it('gives the same after forgetting, many times over (a small memory)', () => {
    const cache = new TokenCache(300);
    const rng = createRandom(11);
    for (let i = 0; i < 1500; i++) {
      const p = generatePetition(rng);
      const text = [p.title, p.request, p.content, p.respondent].join('\n');
      expect(cache.tokens(text)).toBe(tokensForIndex(text));
    }
  });

  it('agrees on awkward text: full-width forms, marks, symbols that normalise to letters', () => {
    const cache = new TokenCache();
    for (const text of ['面积８０㎡，单价１２０００元／㎡', 'Café résumé naïve', '第①项、第⑵条：ＡＢＣ公司', '', '，。！', 'e\u0301cole 12e3abc 拖欠工资',
      '𠀀𠀁村民𠮷野家😀拖欠工资😀，𠀀', '拖欠\ud800工资\udc00村民\ud83d', '工资 工资 拖欠工资。拖欠']) {
      expect(cache.tokens(text)).toBe(tokensForIndex(text));
      expect(cache.tokens(text)).toBe(tokensForIndex(text));
    }
  });
});
