import { defineConfig } from 'vite';

// The build lands in target/classes/tidewatch-ui, which the Maven jar packages; the server serves
// it at /. Everything (code, styles, the Natural Earth basemap) is bundled: no network at run time.
export default defineConfig({
  base: '/',
  build: {
    outDir: 'target/classes/tidewatch-ui',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
