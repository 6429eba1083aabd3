/** See bundle.js: the bundled JavaScript file of a TypeScript module, or null. */
export function bundle(module: URL): string | null;
