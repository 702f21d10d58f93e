/** The validators generated at build time (editor/build/standalone-validators.ts, a vite plugin). */
declare module "virtual:regelwerk-validators" {
  import type { ValidateFunction } from "ajv";
  export const files: Readonly<Record<string, ValidateFunction>>;
  export const contexts: Readonly<Record<string, ValidateFunction>>;
}
