/**
 * The form edits a rule that calls a definition of an element, in the built editor (editor/dist)
 * in headless Chromium against the real `regelwerk serve` on a temporary copy: ARCH's supplement
 * on art. 47 (`refused if art47.no_credit_after_first_period(c)`, the seeds' "voorziet geen
 * uitzonderingen"). The call is a condition row: the faculty editor picks `art47.has_credit` from
 * the list of definitions of a course (with its Dutch title), says it must not hold, adds the fact
 * `c.first_period_exam` (the same rule in other words: the tests still pass, the language service
 * finds no problem), then reads another decision's outcome from the list and removes it again,
 * changes the outcome (ARCH's first test now fails), saves, and finds the text on disk as the
 * form wrote it — what `regelwerk fmt` writes — and the text view and its problems line updated.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "./support/regulations.js";
import { CLI } from "./support/server.js";
import { signedInPage, useEditorServer } from "./support/signed-in.js";

const ARCH = "/edit/kuleuven-oer/2020-2021/art-47/arch.yaml";
const FIRST_TEST = "ARCH, ook een student in de eindfase herneemt ten vroegste in september";
const SECOND_TEST = "ARCH, een geslaagd opleidingsonderdeel valt erbuiten (algemene regel)";

describe("the form edits ARCH's art. 47 rule that calls a definition of an element", () => {
  const editor = useEditorServer([{ name: "editor-arch", role: "faculty-editor", faculty: "ARCH" }]);

  it("picks art47.has_credit from the list, adds a fact, changes the outcome, saves, and sees text, tests and problems follow", async () => {
    const page = await signedInPage(editor.browser, editor.server, "editor-arch", ARCH);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const onDisk = join(editor.server.root, "kuleuven-oer", "2020-2021", "art-47", "arch.yaml");
    const before = readFileSync(onDisk, "utf8");
    const problems = page.locator(".problems");
    const test = (name: string) => page.locator(`.test[data-test="${name}"]`);
    await expect.poll(() => test(FIRST_TEST).getAttribute("class"), { timeout: 30_000 }).toBe("test passed");

    await page.click("#tab-form");
    await page.waitForSelector("#st0-r0-c0-definition");
    // The rule is editable: its call is a condition, not a read-only text.
    expect(await page.locator(".read-only-statement").count()).toBe(0);
    const definition = page.locator("#st0-r0-c0-definition");
    expect(await definition.inputValue()).toBe("art47.no_credit_after_first_period");
    // The list: the definitions of a course, each with its arguments and Dutch title.
    const offered = await definition.locator("option").allTextContents();
    expect(offered).toContain("art47.has_credit(c) — credit behaald");
    expect(offered).toContain("art47.no_credit_after_first_period(c) — geëxamineerd in de eerste examenperiode, nog geen credit");

    await definition.selectOption("art47.has_credit");
    await page.selectOption("#st0-r0-c0-holds", "not");
    await page.click("#st0-r0-add-condition");
    await page.waitForSelector("#st0-r0-c1-fact");
    await page.selectOption("#st0-r0-c1-fact", "c.first_period_exam");
    expect(await page.locator("#st0-r0-c1-operator").inputValue()).toBe("is");
    // The same rule in other words: both tests still pass, and the language service finds no problem.
    await expect.poll(() => page.locator("pre.rules-read-only").textContent(), { timeout: 10_000 }).toContain("refused if not art47.has_credit(c) and c.first_period_exam");
    await expect.poll(() => test(FIRST_TEST).getAttribute("class"), { timeout: 30_000 }).toBe("test passed");
    expect(await test(SECOND_TEST).getAttribute("class")).toBe("test passed");
    await expect.poll(() => problems.textContent(), { timeout: 10_000 }).toBe("Geen problemen");

    // Another decision's outcome, from the list of decisions with their titles and the outcomes each can give.
    await page.click("#st0-r0-add-read");
    await page.waitForSelector("#st0-r0-c2-decision");
    await page.selectOption("#st0-r0-c2-decision", "art24.credit_limit_deviation");
    expect(await page.locator("#st0-r0-c2-decision option:checked").textContent()).toMatch(/^art24\.credit_limit_deviation — Toelating tot afwijking/);
    const outcomes = await page.locator("#st0-r0-c2-value option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(outcomes).toContain("allowed");
    expect(outcomes).not.toContain("required");
    await expect.poll(() => page.locator("pre.rules-read-only").textContent(), { timeout: 10_000 }).toMatch(/and outcome\(art24\.credit_limit_deviation\) = \w+/);
    await expect.poll(() => problems.textContent(), { timeout: 10_000 }).toBe("Geen problemen");
    // … and removed again.
    await page.click("#st0-r0-c2-remove");
    await expect.poll(() => page.locator("pre.rules-read-only").textContent(), { timeout: 10_000 }).not.toContain("credit_limit_deviation");

    // The outcome: the faculty now lets the lecturer decide; ARCH's first test expects refused, and fails.
    await page.selectOption("#st0-r0-outcome", "discretionary");
    await expect.poll(() => test(FIRST_TEST).getAttribute("class"), { timeout: 30_000 }).toBe("test failed");
    expect(await test(SECOND_TEST).getAttribute("class")).toBe("test passed");

    // The server checks the saved version: ARCH's test and FEB's example "dezelfde masterproef bij ARCH
    // (geen uitzonderingen)" fail (`regelwerk test <copy> --article 47` says the same: 123 passed, 2 failed).
    await page.click("#save");
    await expect.poll(() => page.locator("#save-status").textContent(), { timeout: 30_000 }).toMatch(/^Opgeslagen \(2 tests mislukken/);
    const saved = readFileSync(onDisk, "utf8");
    // Only the rule changed, its reason kept; and the file is as `regelwerk fmt` lays it out (execFileSync throws on exit 1).
    const rule = before.match(/ {4}refused if art47\.no_credit_after_first_period\(c\) .*\n/)![0];
    expect(saved).toBe(before.replace(rule, rule.replace("refused if art47.no_credit_after_first_period(c) ", "discretionary if not art47.has_credit(c) and c.first_period_exam ")));
    expect(execFileSync(process.execPath, [CLI, "fmt", "--check", onDisk], { cwd: REPO, encoding: "utf8" })).toContain("0 not formatted");

    // The text view shows the saved text, and its problems line what the language service finds in it.
    await page.click("#tab-text");
    await expect.poll(async () => (await page.locator(".monaco-host .view-lines").textContent())?.replace(/\u00a0/g, " "), { timeout: 10_000 }).toContain("discretionary if not art47.has_credit(c)");
    expect(await problems.textContent()).toBe("Geen problemen");
    // A misspelt fact in the rule the form wrote: the problems line names it at its line and column in the file.
    await page.click(".monaco-host .monaco-editor .view-lines");
    await page.keyboard.press("Control+F");
    await page.keyboard.type("c.first_period_exam ");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Escape");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Backspace");
    await page.keyboard.type("n");
    const column = rule.indexOf("refused") + "discretionary if not art47.has_credit(c) and c.".length + 1;
    await expect.poll(() => problems.textContent(), { timeout: 10_000 }).toMatch(new RegExp(`^1 problemen: 20:${column} .*first_period_exan.*first_period_exam`));
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
