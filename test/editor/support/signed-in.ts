/**
 * The editor's end-to-end tests' common setup: the built CLI and editor must be there, and a page
 * is a fresh browser context at 1280×720 signed in to the real server as one of its accounts (the
 * server answers nothing without a session), optionally opened at an address of the editor.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { REPO } from "./regulations.js";
import type { RunningServer } from "./server.js";

/** Throws, saying which build is missing, unless `npm run build` and `npm run build:editor` have run. */
export function requireBuilt(): void {
  if (!existsSync(join(REPO, "editor", "dist", "index.html"))) throw new Error("editor/dist is missing: run `npm run build:editor` first");
  if (!existsSync(join(REPO, "dist", "engine", "cli", "main.js"))) throw new Error("dist/ is missing: run `npm run build` first");
}

/** A page signed in as `user`; with `path`, opened there and shown (`body[data-ready]`). */
export async function signedInPage(browser: Browser, server: RunningServer, user: string, path?: string): Promise<Page> {
  // The clipboard: tests paste whole texts into monaco (typing would indent each line after the last).
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, permissions: ["clipboard-read", "clipboard-write"] });
  await server.signIn(context, user);
  const page = await context.newPage();
  if (path !== undefined) {
    await page.goto(`${server.url}${path}`);
    await page.waitForSelector("body[data-ready]");
  }
  return page;
}
