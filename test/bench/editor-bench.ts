/**
 * The browser editor's budgets, measured on the built editor (editor/dist) in headless Chromium
 * served by the real editor server (`regelwerk serve` on a temporary copy, signed in): first load of a file's editor to interactive (text shown and
 * editable) and until its version is checked and its tests run, the worker's time to diagnostics after a keystroke in the largest file, and the
 * production bundle's size. Run with `npm run bench:editor`.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../editor/support/browser.js";
import { REPO } from "../editor/support/regulations.js";
import { startRealServer } from "../editor/support/server.js";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const LARGEST = "/edit/flanders-learning-credit/2020-2021/learning-credit.yaml";
const IIW = "/edit/kuleuven-oer/2020-2021/art-22/iiw.yaml";

const server = await startRealServer([{ name: "editor-iiw", role: "faculty-editor", faculty: "IIW" }]);
const url = server.url;
const browser = await launchChromium();
/** A fresh browser context (no cache) with a session: what a signed-in officer's first visit costs. */
const newPage = async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await server.signIn(context, "editor-iiw");
  return context.newPage();
};
try {
  const editable: number[] = [];
  const checked: number[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await newPage();
    const started = Date.now();
    await page.goto(`${url}${IIW}`);
    await page.waitForSelector(".monaco-editor .view-lines .view-line");
    editable.push(Date.now() - started);
    await page.waitForSelector(".test.passed");
    checked.push(Date.now() - started);
    await page.context().close();
  }
  console.log(`first load to interactive (${IIW}: text shown in the editor, typing possible), 5 runs: median ${median(editable)} ms [${editable.join(", ")}]`);
  console.log(`first load until the language service has checked the version and the file's tests passed, 5 runs: median ${median(checked)} ms [${checked.join(", ")}]`);

  const page = await newPage();
  await page.goto(`${url}${LARGEST}`);
  await page.waitForSelector(".problems[data-worker-ms]");
  await page.click(".monaco-editor .view-lines");
  await page.keyboard.press("Control+F");
  await page.keyboard.type("definition balance");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Escape");
  await page.keyboard.press("ArrowRight");
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    // "balancex" leaves the definition's uses unknown (errors); Backspace makes the file clean again.
    const typo = i % 2 === 0;
    await page.keyboard.press(typo ? "x" : "Backspace");
    await page.waitForSelector(`.problems.${typo ? "bad" : "good"}`);
    times.push(Number(await page.locator(".problems").getAttribute("data-worker-ms")));
  }
  console.log(`diagnostics after a keystroke in the largest file (${LARGEST}), in the worker, ${times.length} keystrokes: median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`);
  await page.close();
} finally {
  await browser.close();
  await server.stop();
}

const assets = join(REPO, "editor", "dist", "assets");
let total = 0;
let gzipped = 0;
for (const name of readdirSync(assets)) {
  const bytes = statSync(join(assets, name)).size;
  total += bytes;
  if (/\.(js|css)$/.test(name)) gzipped += gzipSync(readFileSync(join(assets, name))).length;
  console.log(`  ${name}: ${(bytes / 1024).toFixed(0)} KiB`);
}
console.log(`production bundle (editor/dist/assets): ${(total / 1024).toFixed(0)} KiB, JS and CSS gzipped ${(gzipped / 1024).toFixed(0)} KiB`);
