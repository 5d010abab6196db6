// Browser tests: a real Mamori server as `npm start` runs it (its own data directory, demo data, first-start
// administrator) and Debian's Chromium driven by playwright-core. Screenshots go to test-results/screens/.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TOTP } from 'otpauth';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM = process.env.MAMORI_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENS = join(ROOT, 'test-results', 'screens');

export interface RunningMamori {
  readonly url: string;
  readonly dataDir: string;
  readonly admin: { readonly email: string; readonly password: string };
  /** Everything the server printed (stdout and stderr), for assertions about logs. */
  readonly output: () => string;
  /** Runs the CLI against the same data directory; resolves with its stdout (rejects on a non-zero exit). */
  readonly cli: (...args: string[]) => string;
  readonly stop: () => Promise<void>;
}

/** Builds the UI if its sources changed since the last build (as `npm start` does). */
export function buildWeb(): void {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build-web.mjs'), '--if-stale'], {
    stdio: 'inherit',
  });
  assert.equal(result.status, 0, 'building the console failed');
}

/**
 * Starts `src/main.ts` on a free port with a fresh data directory (SQLite, demo ledger loaded on first start) and
 * waits for the URL and the first-start administrator it prints.
 */
export async function startMamori(env: Record<string, string> = {}): Promise<RunningMamori> {
  buildWeb();
  const dataDir = mkdtempSync(join(tmpdir(), 'mamori-browser-'));
  const childEnv = { ...process.env, NODE_ENV: 'production', PORT: '0', MAMORI_DATA: dataDir, ...env };
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/main.ts')], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const started = await new Promise<{ url: string; email: string; password: string }>((resolve, reject) => {
    const timer = setInterval(() => {
      const url = /Mamori is running at (\S+)/.exec(output)?.[1];
      const admin = /first start: administrator (\S+)\s+password (\S+)/.exec(output);
      if (url && admin) {
        clearInterval(timer);
        resolve({
          url: url.replace('localhost', '127.0.0.1').replace(/\/$/, ''),
          email: admin[1]!,
          password: admin[2]!,
        });
      }
    }, 50);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`mamori exited (${code}) before it was ready:\n${output}`));
    });
  });
  const cli = (...args: string[]) => {
    const result = spawnSync(process.execPath, [join(ROOT, 'bin/mamori.mjs'), ...args], {
      cwd: ROOT,
      env: childEnv,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`mamori ${args.join(' ')} failed:\n${result.stderr}${result.stdout}`);
    return result.stdout;
  };
  return {
    url: started.url,
    dataDir,
    admin: { email: started.email, password: started.password },
    output: () => output,
    cli,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface BrowserSession {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Uncaught page errors and console errors seen so far (a broken screen must fail its test). */
  readonly problems: string[];
  readonly close: () => Promise<void>;
}

/** Debian's Chromium, headless, one context at desktop width; never a downloaded browser. */
export async function openBrowser(baseURL: string, locale = 'ja-JP'): Promise<BrowserSession> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  const context = await browser.newContext({ baseURL, locale, viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Failed API calls the screen handles (e.g. 401 before sign-in) log a resource error; those are not defects.
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  return { browser, context, page, problems, close: () => browser.close() };
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core in the page (WCAG 2.1 A/AA rules): fails with every violation listed. */
export async function assertAccessible(page: Page, name: string): Promise<void> {
  // Evaluated through the DevTools protocol, so the page's CSP (script-src 'self') does not block it.
  await page.evaluate(AXE_SOURCE);
  // A string, evaluated in the page: the test code is type-checked without the DOM library.
  const violations: unknown = await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
      .then((result) => result.violations)`,
  );
  const list = (violations as AxeViolation[]).map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  assert.deepEqual(list, [], `accessibility violations on ${name}`);
}

/**
 * Screenshots of the current screen at 1280px and 390px wide (test-results/screens/<name>-<width>.png), checking at
 * each width that nothing overflows the viewport sideways (a broken layout) and that axe finds no violation.
 */
export async function captureScreen(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  const original = page.viewportSize() ?? { width: 1280, height: 900 };
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.waitForTimeout(50);
    const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
    assert.ok(overflow <= 1, `${name} at ${width}px overflows sideways by ${overflow}px`);
    await page.screenshot({ path: join(SCREENS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(original);
  await assertAccessible(page, name);
}

/** A TOTP code for the secret in a later 30-second step than `afterStep` (the server refuses replays). */
export async function totpCode(secret: string, afterStep = -1): Promise<{ code: string; step: number }> {
  const totp = new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' });
  for (;;) {
    const step = Math.floor(Date.now() / 30_000);
    if (step > afterStep) return { code: totp.generate(), step };
    await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 50));
  }
}

export interface SignedInUser {
  readonly email: string;
  readonly password: string;
  readonly totpSecret: string;
  /** The last TOTP step used, so the next sign-in waits for a fresh code. */
  lastStep: number;
}

/**
 * First sign-in of an account created with a one-time password, through the console's screens: password, new
 * password, authenticator enrolment (reading the key off the screen), recovery codes. Leaves the page signed in.
 */
export async function firstSignIn(
  page: Page,
  account: { email: string; password: string },
  newPassword: string,
): Promise<SignedInUser> {
  await page.goto('/console/');
  await page.locator('#email').fill(account.email);
  await page.locator('#password').fill(account.password);
  await page.locator('form button[type=submit]').click();
  await page.locator('#new').waitFor();
  await page.locator('#current').fill(account.password);
  await page.locator('#new').fill(newPassword);
  await page.locator('form button[type=submit]').click();
  await page.getByRole('button', { name: /キーを表示|Show my key/ }).click();
  const secret = (await page.getByTestId('totp-secret').textContent())?.trim() ?? '';
  assert.match(secret, /^[A-Z2-7]+=*$/, 'the enrolment screen shows a base32 key');
  const { code, step } = await totpCode(secret);
  await page.locator('#code').fill(code);
  await page.locator('form button[type=submit]').click();
  await page.getByTestId('recovery-codes').waitFor();
  await page.getByRole('button', { name: /保管しました|I have kept them/ }).click();
  await page.getByTestId('who').waitFor();
  return { email: account.email, password: newPassword, totpSecret: secret, lastStep: step };
}

/** Signs in with password and a fresh TOTP code through the console's screens. */
export async function signIn(page: Page, user: SignedInUser): Promise<void> {
  await page.goto('/console/');
  await page.locator('#email').fill(user.email);
  await page.locator('#password').fill(user.password);
  await page.locator('form button[type=submit]').click();
  await enterCode(page, user);
}

/** On the code screen: a fresh TOTP code, then the signed-in console. */
export async function enterCode(page: Page, user: SignedInUser): Promise<void> {
  await page.locator('#code').waitFor();
  const { code, step } = await totpCode(user.totpSecret, user.lastStep);
  user.lastStep = step;
  await page.locator('#code').fill(code);
  await page.locator('form button[type=submit]').click();
  await page.getByTestId('who').waitFor();
}
