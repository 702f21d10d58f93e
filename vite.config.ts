/// <reference types="vitest/config" />
import { defineConfig } from "vite";

// Vite serves the editor (a later issue); Vitest runs every suite under test/.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    pool: "forks",
  },
});
