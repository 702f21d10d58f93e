/**
 * Saving in the built editor against the real `regelwerk serve`, in headless Chromium: a faculty
 * editor's change to a deviation becomes a proposal (202) — "proposal submitted, awaits approval",
 * a link to `/proposals/<id>` that shows it pending, the file on disk unchanged — until a central
 * officer approves it, which writes it with the approval's reference; and the leave-page guard:
 * with unsaved changes, an in-app link and closing the page ask first, dismissing keeps the edit,
 * and after saving nothing is asked.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Dialog, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signedInPage, useEditorServer } from "./support/signed-in.js";

const VERSION = "/edit/kuleuven-oer/2020-2021";
const MARK = "# voorstel van de end-to-end-test\n";

/** What monaco shows in the text's visible lines (it renders spaces as no-break spaces). */
async function shownText(page: Page): Promise<string> {
  return (await page.locator(".monaco-host .view-lines").allTextContents()).join("\n").replace(/\u00a0/g, " ");
}

/** Type `text` at the start of the file's text. */
async function typeAtStart(page: Page, text: string): Promise<void> {
  await page.click(".monaco-host .monaco-editor .view-lines");
  await page.keyboard.press("Control+Home");
  await page.keyboard.type(text);
}

describe("saving in the browser editor: proposals and the leave-page guard", { timeout: 120_000 }, () => {
  const editor = useEditorServer([
      { name: "editor-iiw", role: "faculty-editor", faculty: "IIW" },
      { name: "central-office", role: "central" },
    ]);

  it("keeps a faculty editor's change to a deviation as a proposal until the central office approves it", async () => {
    const file = join(editor.server.root, "kuleuven-oer", "2020-2021", "art-22", "iiw-bridging.yaml");
    const before = readFileSync(file, "utf8");
    const page = await signedInPage(editor.browser, editor.server, "editor-iiw", `${VERSION}/art-22/iiw-bridging.yaml`);
    await page.waitForSelector(".test.passed");
    await typeAtStart(page, MARK);
    await page.keyboard.press("Control+S");
    await expect.poll(() => page.locator("#save-status").textContent(), { timeout: 30_000 }).toMatch(/^Voorstel ingediend, wacht op goedkeuring door de centrale dienst Voorstel \d+$/);
    const href = (await page.locator("#proposal-link").getAttribute("href"))!;
    expect(href).toMatch(/^\/proposals\/\d+$/);
    const id = Number(href.split("/").at(-1));
    // Not written: the deviation waits for the central office.
    expect(readFileSync(file, "utf8")).toBe(before);

    // The proposal is kept on the server: following its link asks nothing, and shows it pending.
    const asked: string[] = [];
    page.on("dialog", (d) => void (asked.push(d.type()), d.dismiss()));
    await page.click("#proposal-link");
    await page.waitForURL(new RegExp(`/proposals/${id}$`));
    await page.waitForSelector("#proposal-state");
    expect(asked).toEqual([]);
    expect(await page.locator("#proposal-state").textContent()).toBe("wacht op goedkeuring");
    expect(await page.locator("pre.proposal-text").textContent()).toBe(MARK + before);

    // A central officer approves it (the server's API; the editor has no approval screen): now it is written.
    const central = await editor.browser.newContext();
    const csrf = await editor.server.signIn(central, "central-office");
    const approved = await central.request.post(`${editor.server.url}/api/proposals/${id}/approve`, { headers: { "X-CSRF-Token": csrf }, data: { reference: "Academische Raad, beslissing van de end-to-end-test" } });
    expect(approved.status(), await approved.text()).toBe(200);
    const written = readFileSync(file, "utf8");
    expect(written.startsWith(MARK)).toBe(true);
    expect(written).toContain('approval: "Academische Raad, beslissing van de end-to-end-test"');
    await page.reload();
    await page.waitForSelector("#proposal-state");
    expect(await page.locator("#proposal-state").textContent()).toBe("goedgekeurd");
    await central.close();
    await page.close();
  });

  it("asks before leaving unsaved changes (an in-app link, closing the page), keeps the edit when told to stay, and asks nothing once saved", async () => {
    const page = await signedInPage(editor.browser, editor.server, "editor-iiw", `${VERSION}/art-22/iiw.yaml`);
    await page.waitForSelector(".test.passed");
    await typeAtStart(page, "# nog niet opgeslagen\n");
    await expect.poll(() => page.locator("#save-status").textContent()).toBe("Niet opgeslagen wijzigingen");
    const dialogs: Dialog[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d);
      void d.dismiss();
    });

    // The article in the breadcrumbs: the editor asks, and staying keeps the page and the edit.
    await page.click("nav.crumbs a:text-is('art-22')");
    await expect.poll(() => dialogs.length).toBe(1);
    expect(dialogs[0]!.type()).toBe("confirm");
    expect(dialogs[0]!.message()).toBe("Er zijn niet opgeslagen wijzigingen. Toch verlaten?");
    expect(new URL(page.url()).pathname).toBe(`${VERSION}/art-22/iiw.yaml`);
    expect(await shownText(page)).toContain("# nog niet opgeslagen");

    // Closing the page: the browser's own question (beforeunload); dismissed, the page stays.
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs.length).toBe(2);
    expect(dialogs[1]!.type()).toBe("beforeunload");
    expect(page.isClosed()).toBe(false);
    expect(await shownText(page)).toContain("# nog niet opgeslagen");

    // Saved: leaving asks nothing.
    await page.keyboard.press("Control+S");
    await expect.poll(() => page.locator("#save-status").textContent(), { timeout: 30_000 }).toBe("Opgeslagen");
    await page.click("nav.crumbs a:text-is('art-22')");
    await page.waitForURL(/art-22$/);
    await page.waitForSelector("table.files");
    expect(dialogs.length).toBe(2);
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => page.isClosed()).toBe(true);
    expect(dialogs.length).toBe(2);
  });
});
