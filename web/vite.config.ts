import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Two single-page apps from one build: the staff workbench at / and the public portal at /public/.
export default defineConfig({
  root: here('.'),
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: { workbench: here('./index.html'), portal: here('./portal/index.html') },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
