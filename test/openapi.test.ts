import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderOpenApi } from '../src/cli/openapi.ts';

describe('the committed API document', () => {
  it('is what the routes declare (run `npm run openapi` after changing a route)', async () => {
    const current = await renderOpenApi();
    const committed = fs.readFileSync(new URL('../docs/openapi.json', import.meta.url), 'utf8');
    expect(JSON.parse(committed)).toEqual(JSON.parse(current));
    const doc = JSON.parse(current);
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/petitions', '/api/public/petitions', '/api/public/lookup', '/api/petitions/{id}/actions']));
  });
});
