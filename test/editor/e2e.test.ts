/**
 * The built editor (editor/dist, `npm run build:editor`) in headless Chromium against the real
 * editor server — `regelwerk serve` (the built CLI) on a temporary copy of the regulations — signed
 * in as a faculty editor: finding art. 22's files, a misspelt fact fixed by its did-you-mean quick
 * fix, the English switch, a failing test explained, an exception added in the form; a faculty
 * with no text on art. 22 (LET) writing its first supplement with a test that passes live, the
 * draft's changes (structure and students) before saving, saving it, and `regelwerk test` passing
 * on the saved files; and a conflict with a change made behind the editor's back, merged side by
 * side and saved. Screenshots of the main views go to docs/screenshots/ only when the golden files
 * are updated (`UPDATE_GOLDEN=1`), so a test run leaves the work tree as it was.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { REPO } from "./support/regulations.js";
import { CLI } from "./support/server.js";
import { LET_FILE, LET_TEST } from "./support/let-supplement.js";
import { signedInPage, useEditorServer } from "./support/signed-in.js";

const IIW = "/edit/kuleuven-oer/2020-2021/art-22/iiw.yaml";
const SHOTS = process.env.UPDATE_GOLDEN ? join(REPO, "docs", "screenshots") : null;

/** What monaco shows in an editor's visible lines (it renders spaces as no-break spaces). */
async function shown(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).allTextContents()).join("\n").replace(/\u00a0/g, " ");
}

// Generous timeouts: the machine the tests run on may be shared and loaded.
describe("the browser editor, built, in headless Chromium, against regelwerk serve", { timeout: 120_000 }, () => {
  const editor = useEditorServer([
      { name: "editor-iiw", role: "faculty-editor", faculty: "IIW" },
      { name: "editor-let", role: "faculty-editor", faculty: "LET" },
    ]);

  const open = (path: string, user = "editor-iiw") => signedInPage(editor.browser, editor.server, user, path);

  async function shot(page: Page, name: string): Promise<void> {
    if (SHOTS) await page.screenshot({ path: join(SHOTS, name) });
  }

  /** Select the first match of `text` in the editor with monaco's find widget. */
  async function find(page: Page, text: string): Promise<void> {
    await page.click(".monaco-host .monaco-editor .view-lines");
    await page.keyboard.press("Control+F");
    await page.keyboard.type(text);
    await page.keyboard.press("Enter");
    await page.keyboard.press("Escape");
  }

  /** Replace the whole text in the editor by pasting it (typing would indent each line after the last). */
  async function replaceText(page: Page, text: string): Promise<void> {
    await page.click(".monaco-host .monaco-editor .view-lines");
    await page.keyboard.press("Control+A");
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.keyboard.press("Control+V");
  }

  it("asks to sign in without a session, and signs in with the server's accounts", async () => {
    const page = await editor.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${editor.server.url}${IIW}`);
    await page.waitForSelector("#login-user");
    await page.fill("#login-user", "editor-iiw");
    await page.fill("#login-password", "wrong password");
    await page.click("#login-submit");
    await expect.poll(() => page.locator("form.login [role=alert]").textContent()).toContain("wrong user name or password");
    await page.fill("#login-password", editor.server.password);
    await page.click("#login-submit");
    await page.waitForSelector(".monaco-host .monaco-editor");
    expect(await page.locator("#session").textContent()).toContain("editor-iiw (faculty-editor IIW)");
    await page.close();
  });

  it("shows art. 22's general text and faculty files, what it opens to faculties, and filters to one faculty", async () => {
    const page = await open("/edit/kuleuven-oer/2020-2021/art-22");
    await expect.poll(() => page.locator(".open-to li").allTextContents()).toContain("minimum_credits");
    expect(await page.locator("table.files tbody tr").count()).toBeGreaterThan(3);
    await shot(page, "article.png");
    await page.selectOption("#faculty-filter", "IIW");
    await page.waitForURL(/faculty=IIW/);
    await page.waitForSelector("#faculty-filter option[value=IIW][selected]", { state: "attached" });
    const kinds = await page.locator("table.files tbody tr").evaluateAll((rows) => rows.map((r) => r.className));
    expect(kinds).toContain("kind-general");
    expect(kinds.filter((k) => k !== "kind-general").length).toBeGreaterThan(0);
    expect(await page.locator("table.files").textContent()).not.toContain("THEO");
    await page.close();
  });

  it("reports a misspelt fact with its did-you-mean and fixes it with the quick fix", async () => {
    const page = await open(IIW);
    await page.waitForSelector(".test.passed");
    expect(await page.locator("#last-changed").textContent()).toBe("Nog niet gewijzigd via de editor");
    await shot(page, "file.png");
    await find(page, "contract in [");
    await page.keyboard.press("ArrowLeft");
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Delete");
    await expect.poll(() => page.locator(".problems").textContent(), { timeout: 10_000 }).toContain("did you mean `contract`?");
    expect(await page.locator("#save-status").textContent()).toBe("Niet opgeslagen wijzigingen");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Control+.");
    await page.waitForSelector(".action-widget");
    await shot(page, "quick-fix.png");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".problems").textContent(), { timeout: 10_000 }).toBe("Geen problemen");
    // Back to the stored text: nothing to save.
    await expect.poll(() => page.locator("#save").isDisabled()).toBe(true);
    await page.close();
  });

  it("switches to English", async () => {
    const page = await open(IIW);
    await page.click("#language-switch");
    await expect.poll(() => page.locator("#try-title").textContent()).toBe("Try a student");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.locator("#save").textContent()).toBe("Save");
    await expect.poll(() => page.locator(".try pre.explanation").textContent(), { timeout: 10_000 }).toMatch(/decided by|Allowed|Refused/);
    await shot(page, "english.png");
    await page.close();
  });

  it("explains a test that fails", async () => {
    const page = await open(IIW);
    await page.waitForSelector(".test.passed");
    await find(page, "outcome: allowed");
    await page.keyboard.type("outcome: refused");
    // The tests run again while typing: wait for the run on the whole word.
    await expect.poll(() => page.locator(".test.failed .failure p").first().textContent(), { timeout: 20_000 }).toContain("verwacht refused, gekregen allowed");
    expect(await page.locator(".test.failed pre.explanation").first().textContent()).toMatch(/art22\.minimum_credits/);
    await shot(page, "failing-test.png");
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
    await shot(page, "form.png");
    await page.click("#tab-text");
    await expect.poll(() => page.locator(".problems").textContent()).toBe("Geen problemen");
    await page.close();
  });

  it("writes LET's first supplement on art. 22 with a test that passes live, shows its changes before saving, saves it, and regelwerk test passes", async () => {
    const page = await open("/edit/kuleuven-oer/2020-2021/art-22", "editor-let");
    await shot(page, "new-file.png");
    // LET's editor may start a file for LET alone; the article opens points to faculties, so a supplement.
    expect(await page.locator("#new-file-faculty option").allTextContents()).toEqual(["LET — Faculteit Letteren"]);
    expect(await page.$eval("#new-file-kind", (el) => (el as HTMLSelectElement).value)).toBe("supplement");
    await page.click("#new-file-create");
    await page.waitForURL(/art-22\/let\.yaml\?new=supplement$/);
    await page.waitForSelector(".monaco-host .monaco-editor");
    expect(await page.locator("#last-changed").textContent()).toBe("Nieuw bestand: het bestaat pas na opslaan.");
    await replaceText(page, LET_FILE);
    const test = page.locator(`.test[data-test="${LET_TEST}"]`);
    await expect.poll(() => test.getAttribute("class"), { timeout: 20_000 }).toBe("test passed");
    await expect.poll(() => page.locator(".problems").textContent()).toBe("Geen problemen");

    // The draft diff: the new file, and students of LET whose minimum now allows fewer credits.
    await page.click("#tab-changes");
    await page.waitForSelector("#behaviour-diff", { timeout: 60_000 });
    expect(await page.locator("#structural-diff").textContent()).toContain("art-22/let.yaml");
    const row = page.locator('#behaviour-diff tr[data-decision="art22.minimum_credits"]');
    // Refused before, or undetermined where a generated student lacks a fact the general rule needs.
    expect(await row.first().locator("td").allTextContents()).toEqual(["art22.minimum_credits", expect.stringMatching(/^(refused|undetermined)$/), "allowed", expect.stringMatching(/^\d+$/)]);
    expect(await page.locator("#behaviour-diff").textContent()).toContain("500 gegenereerde studenten van faculteit LET; elke beslissing van de versie, in elk artikel");
    // Per changed decision: the students it changes for, and the first of them explained before and after.
    const changed = page.locator('details.changed-decision[data-decision="art22.minimum_credits"]');
    expect(await changed.locator("summary").textContent()).toMatch(/^art22\.minimum_credits — \d+ studenten bij wie de uitkomst verandert: \d+(, \d+)*$/);
    await changed.locator("summary").click();
    expect(await changed.locator("pre.explanation.after").textContent()).toMatch(/^Toegestaan[\s\S]*facultaire aanvulling LET/);
    await page.locator("#behaviour-diff").scrollIntoViewIfNeeded();
    await shot(page, "changes.png");

    await page.keyboard.press("Control+S");
    await expect.poll(() => page.locator("#save-status").textContent(), { timeout: 30_000 }).toBe("Aangemaakt");
    await expect.poll(() => page.locator("#last-changed").textContent()).toMatch(/^Laatst gewijzigd door editor-let op /);
    const saved = join(editor.server.root, "kuleuven-oer", "2020-2021", "art-22", "let.yaml");
    expect(readFileSync(saved, "utf8")).toBe(LET_FILE);
    // The saved regulations pass their tests from the command line.
    // The saved regulations pass their tests from the command line (execFileSync throws on a non-zero exit).
    const out = execFileSync(process.execPath, [CLI, "test", join(editor.server.root, "kuleuven-oer", "2020-2021"), "--verbose"], { cwd: REPO, encoding: "utf8" });
    expect(out).toContain(`art-22/let.yaml: ${LET_TEST}`);
    expect(out).toMatch(/\d+ passed, 0 failed/);
    await page.close();
  });

  it("shows a change made behind the editor's back side by side with the draft, merges and saves", async () => {
    const page = await open(IIW);
    await page.waitForSelector(".test.passed");
    await page.click(".monaco-host .monaco-editor .view-lines");
    await page.keyboard.press("Control+Home");
    await page.keyboard.type("# mijn wijziging\n");
    // Meanwhile the file changes on disk (another author, a script): the editor's base is stale.
    const file = join(editor.server.root, "kuleuven-oer", "2020-2021", "art-22", "iiw.yaml");
    const theirs = "# hun wijziging\n" + readFileSync(file, "utf8");
    writeFileSync(file, theirs);
    await page.click("#save");
    await page.waitForSelector(".conflict .diff-host .editor.original");
    expect(await page.locator("#conflict-title").textContent()).toContain("Iemand anders heeft dit bestand intussen gewijzigd");
    await expect.poll(() => shown(page, ".diff-host .editor.original .view-lines")).toContain("# hun wijziging");
    expect(await shown(page, ".diff-host .editor.modified .view-lines")).toContain("# mijn wijziging");
    await shot(page, "conflict.png");
    // Merge: keep mine and add their line in the merged (right) side.
    await page.click("#take-theirs");
    await expect.poll(() => shown(page, ".diff-host .editor.modified .view-lines")).not.toContain("# mijn wijziging");
    await page.click("#keep-mine");
    await page.locator(".diff-host .editor.modified .view-lines").first().click();
    await page.keyboard.press("Control+Home");
    await page.keyboard.type("# hun wijziging\n");
    await expect.poll(() => shown(page, ".diff-host .editor.modified .view-lines")).toContain("# hun wijziging");
    expect(await shown(page, ".diff-host .editor.modified .view-lines")).toContain("# mijn wijziging");
    await page.click("#save-merged");
    await expect.poll(() => page.locator("#save-status").textContent(), { timeout: 30_000 }).toBe("Opgeslagen");
    const merged = readFileSync(file, "utf8");
    expect(merged.slice(0, 45)).toBe("# hun wijziging\n# mijn wijziging\narticle: 22\n");
    expect(await page.locator(".conflict").count()).toBe(0);
    expect(await page.locator("#save").isDisabled()).toBe(true);
    await page.close();
  });
});
