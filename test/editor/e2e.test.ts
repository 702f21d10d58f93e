/**
 * The built editor (editor/dist, `npm run build:editor`) in headless Chromium against the
 * test-support server: finding art. 22's files, a misspelt fact with its did-you-mean fixed by the
 * quick fix, the English switch, a failing test explained, and an exception with a test added in
 * the form whose test passes live. Screenshots of the main views go to docs/screenshots/ (the README
 * shows them) when the golden files are updated (`npm run test:update`), else to a temporary folder,
 * so a test run leaves the work tree as it was.
 */
import { existsSync, mkdtempSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/browser.js";
import { REPO } from "./support/regulations.js";
import { startSupportServer } from "./support/server.js";

const IIW = "/edit/kuleuven-oer/2020-2021/art-22/iiw.yaml";
const SHOTS = process.env.UPDATE_GOLDEN ? join(REPO, "docs", "screenshots") : mkdtempSync(join(tmpdir(), "regelwerk-shots-"));

describe("the browser editor, built, in headless Chromium", () => {
  let browser: Browser;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    if (!existsSync(join(REPO, "editor", "dist", "index.html"))) throw new Error("editor/dist is missing: run `npm run build:editor` first");
    ({ url: base, server } = await startSupportServer());
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${base}${path}`);
    await page.waitForSelector("body[data-ready]");
    return page;
  }

  /** Select the first match of `text` in the editor with monaco's find widget. */
  async function find(page: Page, text: string): Promise<void> {
    await page.click(".monaco-editor .view-lines");
    await page.keyboard.press("Control+F");
    await page.keyboard.type(text);
    await page.keyboard.press("Enter");
    await page.keyboard.press("Escape");
  }

  it("shows art. 22's general text and faculty files, what it opens to faculties, and filters to one faculty", async () => {
    const page = await open("/edit/kuleuven-oer/2020-2021/art-22");
    await expect.poll(() => page.locator(".open-to li").allTextContents()).toContain("minimum_credits");
    expect(await page.locator("table.files tbody tr").count()).toBeGreaterThan(3);
    await page.screenshot({ path: join(SHOTS, "article.png") });
    await page.selectOption("#faculty-filter", "IIW");
    await page.waitForURL(/faculty=IIW/);
    const kinds = await page.locator("table.files tbody tr").evaluateAll((rows) => rows.map((r) => r.className));
    expect(kinds).toContain("kind-general");
    expect(kinds.filter((k) => k !== "kind-general").length).toBeGreaterThan(0);
    expect(await page.locator("table.files").textContent()).not.toContain("THEO");
    await page.close();
  });

  it("reports a misspelt fact with its did-you-mean and fixes it with the quick fix", async () => {
    const page = await open(IIW);
    await page.waitForSelector(".test.passed");
    await page.screenshot({ path: join(SHOTS, "file.png") });
    await find(page, "contract in [");
    await page.keyboard.press("ArrowLeft");
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Delete");
    await expect.poll(() => page.locator(".problems").textContent(), { timeout: 10_000 }).toContain("did you mean `contract`?");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Control+.");
    await page.waitForSelector(".action-widget");
    await page.screenshot({ path: join(SHOTS, "quick-fix.png") });
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".problems").textContent(), { timeout: 10_000 }).toBe("Geen problemen");
    await page.close();
  });

  it("switches to English", async () => {
    const page = await open(IIW);
    await page.click("#language-switch");
    await expect.poll(() => page.locator("#try-title").textContent()).toBe("Try a student");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await expect.poll(() => page.locator(".try pre.explanation").textContent(), { timeout: 10_000 }).toMatch(/decided by|Allowed|Refused/);
    await page.screenshot({ path: join(SHOTS, "english.png") });
    await page.close();
  });

  it("explains a test that fails", async () => {
    const page = await open(IIW);
    await page.waitForSelector(".test.passed");
    await find(page, "outcome: allowed");
    await page.keyboard.type("outcome: refused");
    const failure = page.locator(".test.failed pre.explanation");
    await expect.poll(() => failure.first().textContent(), { timeout: 10_000 }).toMatch(/art22\.minimum_credits/);
    expect(await page.locator(".test.failed .failure p").first().textContent()).toContain("verwacht refused, gekregen allowed");
    await page.screenshot({ path: join(SHOTS, "failing-test.png") });
    await page.close();
  });

  it("adds an exception with a test in the form, and the test passes live", async () => {
    const page = await open(IIW);
    await page.waitForSelector(".test.passed");
    await page.click("#tab-form");
    await page.waitForSelector("#add-exception");
    await page.selectOption("#exception-decision", "art22.minimum_credits");
    await page.selectOption("#condition-fact-0", "enrolment.credits_remaining");
    await page.selectOption("#condition-operator-0", "<");
    await page.fill("#condition-value-0", "20");
    await page.fill("#exception-reason-nl", "bijna afgestudeerd");
    await page.fill("#exception-reason-en", "nearly graduated");
    await page.fill("#test-name", "bijna afgestudeerd, 15 sp");
    await page.click("#add-exception");
    const added = page.locator('.test[data-test="bijna afgestudeerd, 15 sp"]');
    await expect.poll(() => added.getAttribute("class"), { timeout: 15_000 }).toBe("test passed");
    expect(await page.locator("pre.rules-read-only").textContent()).toContain('allowed if enrolment.credits_remaining < 20 sp "bijna afgestudeerd" / "nearly graduated"');
    await page.screenshot({ path: join(SHOTS, "form.png") });
    await page.click("#tab-text");
    await expect.poll(() => page.locator(".problems").textContent()).toBe("Geen problemen");
    await page.close();
  });
});
