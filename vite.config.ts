import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { DEFAULT_DIGEST_DIR, digestData } from './src/cli/vite-plugin-digests.ts';

export default defineConfig({
  plugins: [react(), tailwindcss(), digestData(DEFAULT_DIGEST_DIR)],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  server: { port: 5173 },
  preview: { port: Number(process.env['PORT'] ?? 4173), strictPort: true },
});
