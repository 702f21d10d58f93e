/**
 * The form, keyboard only, in the built editor (editor/dist) in headless Chromium against the
 * test-support server: for WET — a faculty with no text on art. 22 (no file in art-22/, and the
 * OER's art. 22 has no "Facultaire aanvulling/afwijking Faculteit Wetenschappen") — a new
 * supplement is drafted from the article view (the skeleton `regelwerk new supplement` writes), a
 * second test's facts are changed in the form generated from the context schema, an exception on art. 22's minimum is added; the test then passes live,
 * the "try a student" pane changes from refused to allowed by the WET supplement, the pane of
 * effects names the IIW example that the new exception breaks, and the text is what fmt writes.
 * Every form control used is reached and operated with the keyboard.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { REPO } from "./support/regulations.js";
import { signedInPage, useEditorServer } from "./support/signed-in.js";

const SHOTS = process.env.UPDATE_GOLDEN ? join(REPO, "docs", "screenshots") : mkdtempSync(join(tmpdir(), "regelwerk-form-shots-"));

/** Choose an option of a focused-by-keyboard select with the arrow keys (each key fires `change`, as for a user). */
async function chooseWithKeys(page: Page, selector: string, value: string): Promise<void> {
  await page.focus(selector);
  for (let step = 0; step < 400; step++) {
    const [current, wanted] = await page.$eval(selector, (el, v) => {
      const s = el as HTMLSelectElement;
      return [s.selectedIndex, Array.from(s.options).findIndex((o) => o.value === v)];
    }, value);
    if (wanted < 0) throw new Error(`${selector} has no option ${value}`);
    if (current === wanted) return;
    // The form may draw itself again after a change: the control keeps its id and the focus.
    if (!(await page.$eval(selector, (el) => el === document.activeElement))) await page.focus(selector);
    await page.keyboard.press(wanted > current ? "ArrowDown" : "ArrowUp");
  }
  throw new Error(`${selector}: could not reach ${value}`);
}

/** Replace the text of a focused input by typing. */
async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.focus(selector);
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
}

describe("the form, keyboard only, adds an exception on art. 22's minimum for WET", () => {
  const editor = useEditorServer([{ name: "editor-wet", role: "faculty-editor", faculty: "WET" }]);

  it("drafts the file, enters a test, adds the exception, and sees the test pass, the student change and the IIW example break", async () => {
    const page = await signedInPage(editor.browser, editor.server, "editor-wet");
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${editor.server.url}/edit/kuleuven-oer/2020-2021/art-22`);
    await page.waitForSelector("body[data-ready]");
    // WET has no file on art. 22: the article view offers a new supplement for it.
    expect(await page.locator("table.files").textContent()).not.toContain("WET");
    await chooseWithKeys(page, "#new-file-faculty", "WET");
    await page.focus("#new-file-create");
    await page.keyboard.press("Enter");
    await page.waitForURL(/art-22\/wet\.yaml\?new=supplement$/);
    await page.waitForSelector("body[data-ready]");
    await page.focus("#tab-form");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#add-test");

    // The form names the faculty and shows the article's source text beside it.
    expect(await page.$eval("#form-faculty", (el) => (el as HTMLSelectElement).value)).toBe("WET");
    await expect.poll(() => page.$eval("#source-text", (el) => (el as HTMLTextAreaElement).value.slice(0, 40)), { timeout: 10_000 }).toMatch(/^Artikel 22\. Regels voor alle studenten\n/);

    await typeInto(page, "#provision-0-paragraph", "§2, aanvulling WET");
    await typeInto(page, "#provision-0-quote", "Studenten in een schakelprogramma kunnen minder dan 25 studiepunten opnemen.");
    // WET has no text on art. 22: the provision is the test's own, so the index has no id for it.
    await typeInto(page, "#provision-0-not-in-index", "de test van de editor schrijft het; geen tekst van het OER");

    // The skeleton of `regelwerk new supplement` brings one test (the general text's example, in WET); a second:
    // the facts from the schema's form, the expected outcome.
    await page.focus("#add-test");
    await page.keyboard.press("Enter");
    // A new test starts from the first test's facts (a WET bachelor with 24 sp): the programme becomes a bridging one.
    await page.waitForSelector("#test-1-given-enrolment-programme-kind");
    await chooseWithKeys(page, "#test-1-given-enrolment-programme-kind", "bridging");
    await typeInto(page, "#test-1-name", "schakelprogramma bij WET");
    const test = page.locator('.test[data-test="schakelprogramma bij WET"]');
    await expect.poll(() => test.getAttribute("class"), { timeout: 20_000 }).toBe("test failed");

    // Try the test's student: before the exception the general text refuses 24 sp.
    await page.focus("#test-1-try");
    await page.keyboard.press("Enter");
    const tried = page.locator(".try pre.explanation");
    await expect.poll(() => tried.textContent(), { timeout: 15_000 }).toMatch(/^[\s\S]*Geweigerd[\s\S]*art\. 22 algemeen/);

    // The exception: art22.minimum_credits, allowed if enrolment.programme.kind = "bridging".
    expect(await page.$eval("#exception-decision", (el) => (el as HTMLSelectElement).value)).toBe("art22.minimum_credits");
    await chooseWithKeys(page, "#condition-fact-0", "enrolment.programme.kind");
    await chooseWithKeys(page, "#condition-operator-0", "=");
    await chooseWithKeys(page, "#condition-value-0", "bridging");
    await chooseWithKeys(page, "#exception-outcome", "allowed");
    await typeInto(page, "#exception-reason-nl", "schakelprogramma");
    await typeInto(page, "#exception-reason-en", "bridging programme");
    await page.focus("#add-exception");
    await page.keyboard.press("Enter");

    await expect.poll(() => test.getAttribute("class"), { timeout: 20_000 }).toBe("test passed");
    await expect.poll(() => tried.textContent(), { timeout: 15_000 }).toMatch(/Toegestaan[\s\S]*facultaire aanvulling WET/);
    // The IIW example "the same facts in another faculty (WET) are refused" now comes out allowed.
    const broken = page.locator('.impact li[data-where$="art-22/iiw.yaml"]');
    await expect.poll(() => broken.first().textContent(), { timeout: 20_000 }).toMatch(/refused → allowed.*faalt/);
    await page.screenshot({ path: join(SHOTS, "form-new-exception.png") });

    // The rules as the form wrote them — in the keywords of the skeleton's rules (English) — then the text view: no problems.
    expect(await page.locator("pre.rules-read-only").textContent()).toContain('exception to art22.minimum_credits:\n  allowed if enrolment.programme.kind = "bridging" "schakelprogramma" / "bridging programme"');
    await page.focus("#tab-text");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".problems").textContent(), { timeout: 10_000 }).toBe("Geen problemen");
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it("lays the form out within 1280×720 without horizontal scrolling, in Dutch and in English", async () => {
    const page = await signedInPage(editor.browser, editor.server, "editor-wet");
    await page.goto(`${editor.server.url}/edit/kuleuven-oer/2020-2021/art-22/iiw.yaml`);
    await page.waitForSelector("body[data-ready]");
    await page.focus("#tab-form");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#add-exception");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    expect(await page.evaluate(() => document.querySelector(".form-host")!.scrollWidth <= document.querySelector(".form-host")!.clientWidth + 1)).toBe(true);
    // Every form control has a label a screen reader reads.
    const unlabelled = await page.$$eval(".form-host input, .form-host select, .form-host textarea, .form-host button", (els) =>
      els.filter((el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute("aria-label") && !(el.tagName === "BUTTON" && el.textContent?.trim())).map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unlabelled).toEqual([]);
    expect(await page.locator("#form-title").evaluate((el) => (el as HTMLInputElement).labels![0]!.textContent)).toBe("Titel (nl)");
    await page.click("#language-switch");
    await page.focus("#tab-form");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#form-title").evaluate((el) => (el as HTMLInputElement).labels![0]!.textContent), { timeout: 10_000 }).toBe("Title (nl)");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await page.screenshot({ path: join(SHOTS, "form-english.png") });
    await page.close();
  }, 120_000);
});
