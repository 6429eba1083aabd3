import { isDeepStrictEqual } from 'node:util';
import type { SwaggerTransformObject } from '@fastify/swagger';
import { jsonSchemaTransformObject } from 'fastify-type-provider-zod';

// fastify-type-provider-zod turns every schema registered with an id (`.meta({ id })`) into a
// component twice: `X` for responses and `XInput` for requests. Most of ours are used one way
// only, and an enum reads the same both ways. So: an `XInput` equal to `X` is folded into `X`,
// and components that nothing references are dropped. What remains is what the API uses.

const PREFIX = '#/components/schemas/';
type Json = unknown;

function mapRefs(value: Json, rename: (ref: string) => string): Json {
  if (Array.isArray(value)) return value.map((v) => mapRefs(v, rename));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' ? rename(v) : mapRefs(v, rename)]),
  );
}

function collectRefs(value: Json, into: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) collectRefs(v, into);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith(PREFIX)) into.add(v.slice(PREFIX.length));
      else collectRefs(v, into);
    }
  }
}

export const transformObject: SwaggerTransformObject = (input) => {
  const doc = jsonSchemaTransformObject(input) as Record<string, Json> & { components?: { schemas?: Record<string, Json> } };
  const schemas = { ...(doc.components?.schemas ?? {}) };
  const folded = new Map<string, string>();
  const rename = (ref: string) => {
    const name = ref.startsWith(PREFIX) ? ref.slice(PREFIX.length) : undefined;
    const to = name === undefined ? undefined : folded.get(name);
    return to === undefined ? ref : PREFIX + to;
  };
  // Folding one pair can make another equal (an input object whose only difference was a ref).
  for (let changed = true; changed; ) {
    changed = false;
    for (const name of Object.keys(schemas)) {
      const base = name.endsWith('Input') ? name.slice(0, -'Input'.length) : undefined;
      if (!base || folded.has(name) || !(base in schemas)) continue;
      if (isDeepStrictEqual(mapRefs(schemas[name], rename), mapRefs(schemas[base], rename))) (folded.set(name, base), (changed = true));
    }
  }
  for (const name of folded.keys()) delete schemas[name];
  const renamed = mapRefs({ ...doc, components: { ...doc.components, schemas } }, rename) as typeof doc;
  const all = renamed.components?.schemas ?? {};

  // Keep what the paths reference, and what those reference in turn.
  const { components, ...rest } = renamed;
  const used = new Set<string>();
  collectRefs(rest, used);
  const queue = [...used];
  while (queue.length > 0) {
    const next = new Set<string>();
    collectRefs(all[queue.pop() as string], next);
    for (const n of next) if (!used.has(n)) (used.add(n), queue.push(n));
  }
  const kept = Object.fromEntries(Object.entries(all).filter(([n]) => used.has(n)));
  return { ...renamed, components: { ...components, schemas: kept } } as ReturnType<SwaggerTransformObject>;
};
