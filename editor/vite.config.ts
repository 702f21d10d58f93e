/**
 * The browser editor's build: vite with editor/client as root, built into editor/dist, which the
 * editor server serves (index.html for every SPA route, the bundle under /assets/).
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { standaloneValidators } from "./build/standalone-validators.js";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here("./client"),
  base: "/",
  publicDir: false,
  // The worker's JSON Schema validators, generated here for the schemas of the bundled regulations.
  plugins: [standaloneValidators(here("../regulations"))],
  build: {
    outDir: here("./dist"),
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 4096,
  },
  // The language-service worker's name is known to the server (a worker's policy is its script's header).
  worker: { format: "es", plugins: () => [standaloneValidators(here("../regulations"))], rollupOptions: { output: { entryFileNames: (chunk) => (chunk.name === "worker" ? "assets/language-worker-[hash].js" : "assets/[name]-[hash].js") } } },
  server: { host: "127.0.0.1", fs: { allow: [here("..")] } },
});
