/**
 * The editor's end-to-end tests' common setup: the built CLI and editor must be there; one real
 * server (with the accounts a test file needs) and one Chromium per test file, stopped after it;
 * and a page is a fresh browser context at 1280×720 signed in to the real server as one of its
 * accounts (the server answers nothing without a session), optionally opened at an address of the editor.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./browser.js";
import { REPO } from "./regulations.js";
import { startRealServer, type Account, type RunningServer } from "./server.js";

/** The running server and browser of a test file (valid inside its tests, once beforeAll has run). */
export interface EditorServer {
  readonly browser: Browser;
  readonly server: RunningServer;
}

/**
 * Starts `regelwerk serve` with `accounts` and a headless Chromium before the tests of the enclosing
 * describe, and stops both after them (even when a test failed).
 */
export function useEditorServer(accounts: readonly Account[]): EditorServer {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    requireBuilt();
    server = await startRealServer(accounts);
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 60_000);
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: use it inside a test of the describe that called useEditorServer`);
    return value;
  };
  return {
    get browser() {
      return started(browser, "the browser");
    },
    get server() {
      return started(server, "the editor server");
    },
  };
}

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
