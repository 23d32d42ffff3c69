// End-to-end passkey tests in a real browser: Debian's Chromium driven by playwright-core, with the DevTools
// virtual authenticator standing in for the device. The pages are driven by clicking and typing only; the test
// never calls navigator.credentials. An init script records (and passes through unchanged) the page's calls to
// navigator.credentials and to the Signal API, so the tests can check what the page asked the browser for.
//
// Run by dev.citadel.server.web.PasskeysBrowserTest, which starts the server and sets CITADEL_BASE_URL
// (http://localhost:PORT) and CITADEL_SCREENSHOT (where to write the sign-in welcome screenshot).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const playwrightVersion = () => createRequire(import.meta.url)('playwright-core/package.json').version;

const BASE = process.env.CITADEL_BASE_URL;
if (!BASE || !BASE.startsWith('http://localhost:')) {
  throw new Error('CITADEL_BASE_URL must be http://localhost:PORT (WebAuthn needs a secure context and rp id localhost)');
}
const SCREENSHOT = process.env.CITADEL_SCREENSHOT;
const STEP_TIMEOUT_MS = 20_000;
const TEST_TIMEOUT_MS = 120_000;

/** DevTools WebAuthn.VirtualAuthenticatorOptions: a platform authenticator with discoverable credentials and UV. */
const PLATFORM_AUTHENTICATOR = {
  protocol: 'ctap2',
  ctap2Version: 'ctap2_1',
  transport: 'internal',
  hasResidentKey: true,
  hasUserVerification: true,
  isUserVerified: true,
  automaticPresenceSimulation: true,
};

let browser;

before(async () => {
  const args = ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost'];
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    args.push('--no-sandbox'); // Chromium refuses to start its sandbox as root
  }
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args });
  console.log(`browser: Chromium ${browser.version()}, playwright-core ${playwrightVersion()}`);
});

after(async () => {
  if (browser) {
    await browser.close();
  }
});

let people = 0;
const uniqueName = (prefix) => `${prefix}-${process.pid}-${++people}`;

/** Waits until {@code condition()} holds (DevTools events arrive on their own schedule), at most the step timeout. */
async function eventually(condition, what) {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting until ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Standard base64 (DevTools) to base64url without padding (WebAuthn JSON, the server's ids). */
const b64url = (b64) => b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** Observation only: records each call and hands it, unchanged, to the browser's own implementation. */
function observeWebAuthnCalls() {
  const seen = [];
  Object.defineProperty(window, '__citadelObserved', { value: seen });
  const wrap = (target, name, record) => {
    const original = target && target[name];
    if (typeof original !== 'function') {
      return;
    }
    target[name] = function observed(...args) {
      seen.push(record(args));
      return original.apply(this, args);
    };
  };
  const signals = [];
  Object.defineProperty(window, '__citadelSignals', { value: signals }); // AbortSignals the page passed, by get call
  wrap(navigator.credentials, 'get', ([options]) => {
    signals.push(options && options.signal ? options.signal : null);
    return { call: 'get', mediation: (options && options.mediation) || 'optional' };
  });
  wrap(navigator.credentials, 'create', () => ({ call: 'create' }));
  for (const name of ['signalUnknownCredential', 'signalAllAcceptedCredentials', 'signalCurrentUserDetails']) {
    wrap(window.PublicKeyCredential, name, ([details]) => ({ call: name, details: JSON.parse(JSON.stringify(details)) }));
  }
}

/** One person at one browser profile, with the device (virtual authenticator) they hold. */
class Person {
  static async open(authenticator = {}) {
    const context = await browser.newContext({ viewport: { width: 960, height: 640 } });
    await context.addInitScript(observeWebAuthnCalls);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const person = new Person(context, page, cdp);
    await person.addAuthenticator(authenticator);
    return person;
  }

  constructor(context, page, cdp) {
    this.context = context;
    this.page = page;
    this.cdp = cdp;
    this.deleted = []; // credential ids (base64url) the browser deleted from an authenticator
    this.requests = []; // 'METHOD /path' of every API call the pages made
    this.pageErrors = [];
    cdp.on('WebAuthn.credentialDeleted', (event) => this.deleted.push(b64url(event.credentialId)));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!url.pathname.endsWith('.html') && !url.pathname.endsWith('/') && !url.pathname.includes('.')) {
        this.requests.push(`${request.method()} ${url.pathname}`);
      }
    });
    page.on('pageerror', (error) => this.pageErrors.push(String(error)));
  }

  async addAuthenticator(overrides = {}) {
    const { authenticatorId } = await this.cdp.send('WebAuthn.addVirtualAuthenticator',
      { options: { ...PLATFORM_AUTHENTICATOR, ...overrides } });
    this.authenticatorId = authenticatorId;
    return authenticatorId;
  }

  async removeAuthenticator() {
    await this.cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: this.authenticatorId });
    this.authenticatorId = undefined;
  }

  async credentials() {
    const { credentials } = await this.cdp.send('WebAuthn.getCredentials', { authenticatorId: this.authenticatorId });
    return credentials;
  }

  async presence(enabled) {
    await this.cdp.send('WebAuthn.setAutomaticPresenceSimulation', { authenticatorId: this.authenticatorId, enabled });
  }

  async override(bits) {
    await this.cdp.send('WebAuthn.setResponseOverrideBits', { authenticatorId: this.authenticatorId, ...bits });
  }

  async observed() {
    return this.page.evaluate(() => window.__citadelObserved.slice());
  }

  async status() {
    return this.page.evaluate(() => {
      const el = document.getElementById('status');
      return { text: el.textContent, state: el.dataset.state, reason: el.dataset.reason };
    });
  }

  async data(name) {
    return this.page.evaluate((key) => document.body.dataset[key], name);
  }

  /** Clicks, then waits for the page's next settled report in #status. */
  async clickAndSettle(selector) {
    const seq = await this.page.evaluate(() => Number(document.getElementById('status').dataset.seq || '0'));
    await this.page.click(selector);
    await this.page.waitForFunction((before) => {
      const el = document.getElementById('status');
      return Number(el.dataset.seq || '0') > before && el.dataset.state !== 'busy';
    }, seq, { timeout: STEP_TIMEOUT_MS });
    return this.status();
  }

  async signUp(username = uniqueName('user'), displayName = `Display ${username}`) {
    this.username = username;
    this.displayName = displayName;
    await this.page.goto(`${BASE}/passkeys/`);
    await this.page.fill('#username', username);
    await this.page.fill('#display-name', displayName);
    const status = await this.clickAndSettle('#sign-up-button');
    assert.equal(status.state, 'ok', `sign-up failed: ${JSON.stringify(status)}`);
    return status;
  }

  /** Opens the account page and waits until it shows the account or says the person is signed out. */
  async openAccount() {
    await this.page.goto(`${BASE}/passkeys/account.html`);
    await this.page.waitForSelector('#account:not([hidden]), #signed-out:not([hidden])', { timeout: STEP_TIMEOUT_MS });
    return this.page.isVisible('#account');
  }

  async signOut() {
    assert.ok(await this.openAccount(), 'not signed in before signing out');
    const status = await this.clickAndSettle('#sign-out');
    assert.equal(status.state, 'ok', `sign-out failed: ${JSON.stringify(status)}`);
  }

  async userVerified(isUserVerified) {
    await this.cdp.send('WebAuthn.setUserVerified', { authenticatorId: this.authenticatorId, isUserVerified });
  }

  /**
   * Signs in with the button. The sign-in page starts its autofill request on load, and the virtual device
   * answers an autofill request at once (as if the person picked the suggestion): so the device first fails
   * user verification, which ends that request without signing in, and then verifies again for the button.
   */
  async signInWithButton(username) {
    await this.userVerified(false);
    await this.page.goto(`${BASE}/passkeys/sign-in.html`);
    await this.page.waitForFunction(() => document.body.dataset.conditional === 'ended', null, { timeout: STEP_TIMEOUT_MS });
    await this.userVerified(true);
    if (username) {
      await this.page.fill('#username', username);
    }
    return this.clickAndSettle('#sign-in-button');
  }

  /** Signs in from the autofill request the sign-in page starts on load (the virtual device answers it). */
  async signInWithAutofill() {
    await this.page.goto(`${BASE}/passkeys/sign-in.html`);
    await this.page.waitForFunction(() => document.body.dataset.signedIn === 'true' || document.body.dataset.conditional === 'ended',
      null, { timeout: STEP_TIMEOUT_MS });
    return this.status();
  }

  async passkeyRows() {
    return this.page.$$eval('#passkeys tbody tr', (rows) => rows.map((tr) => ({
      id: tr.dataset.credentialId,
      name: tr.querySelector('.passkey-name').textContent,
      authenticator: tr.querySelector('.passkey-authenticator').textContent,
      lastUsed: tr.querySelector('.passkey-last-used').textContent,
      backedUp: tr.dataset.backedUp,
      backupEligible: tr.dataset.backupEligible,
    })));
  }

  async close() {
    assert.deepEqual(this.pageErrors, [], 'uncaught errors in the page');
    await this.context.close();
  }
}

/** Runs a test body with a fresh person, closing the profile afterwards. */
function withPerson(authenticator, body) {
  return async () => {
    const person = await Person.open(authenticator);
    try {
      await body(person);
    } finally {
      await person.close();
    }
  };
}

describe('passkeys in Chromium', { timeout: TEST_TIMEOUT_MS * 12 }, () => {
  test('sign up creates the account and a discoverable passkey on the device', { timeout: TEST_TIMEOUT_MS },
    withPerson({}, async (p) => {
      const status = await p.signUp();
      assert.match(status.text, /Account created/);
      const [credential, ...others] = await p.credentials();
      assert.equal(others.length, 0);
      assert.equal(credential.rpId, 'localhost');
      assert.equal(credential.isResidentCredential, true);
      assert.equal(await p.data('credentialId'), b64url(credential.credentialId));
      const observed = await p.observed();
      assert.ok(observed.some((c) => c.call === 'create'));
      const details = observed.find((c) => c.call === 'signalCurrentUserDetails');
      assert.ok(details, 'signalCurrentUserDetails after sign-up');
      assert.deepEqual([details.details.rpId, details.details.name, details.details.displayName],
        ['localhost', p.username, p.displayName]);

      const accountResponse = p.page.waitForResponse((r) => new URL(r.url()).pathname === '/account');
      assert.ok(await p.openAccount(), 'the sign-up session opens the account page');
      const account = await (await accountResponse).json();
      assert.equal(await p.page.textContent('#user-name'), p.username);
      const rows = await p.passkeyRows();
      assert.equal(rows.length, 1);
      assert.equal(rows[0].id, b64url(credential.credentialId));
      const [summary] = account.passkeys;
      assert.equal(rows[0].name, summary.name);
      assert.equal(rows[0].authenticator, summary.authenticatorName || 'Unknown authenticator');
      assert.equal(rows[0].lastUsed, 'never');
      assert.equal(summary.lastUsedAt, null);
    }));

  test('accessibility: every control is labelled, status is a live region, sign-up works from the keyboard alone',
    { timeout: TEST_TIMEOUT_MS }, withPerson({}, async (p) => {
      for (const path of ['/passkeys/', '/passkeys/sign-in.html', '/passkeys/account.html', '/passkeys/step-up.html']) {
        await p.page.goto(`${BASE}${path}`);
        const problems = await p.page.evaluate(() => {
          const out = [];
          if (!document.documentElement.lang) out.push('no lang');
          if (document.querySelectorAll('h1').length < 1) out.push('no h1');
          for (const el of document.querySelectorAll('input, select, textarea')) {
            if (el.labels.length === 0 && !el.getAttribute('aria-label')) out.push(`unlabelled ${el.id}`);
          }
          for (const b of document.querySelectorAll('button')) {
            if (!b.textContent.trim()) out.push(`button without text ${b.id}`);
          }
          const status = document.getElementById('status');
          if (status.getAttribute('role') !== 'status' || status.getAttribute('aria-live') !== 'polite') out.push('status not live');
          return out;
        });
        assert.deepEqual(problems, [], path);
      }

      await p.page.goto(`${BASE}/passkeys/`);
      await p.page.getByLabel('Username').focus();
      const username = uniqueName('keys');
      await p.page.keyboard.type(username);
      await p.page.keyboard.press('Tab');
      await p.page.keyboard.type('Key Board');
      const seq = await p.page.evaluate(() => Number(document.getElementById('status').dataset.seq || '0'));
      await p.page.keyboard.press('Enter');
      await p.page.waitForFunction((before) => {
        const el = document.getElementById('status');
        return Number(el.dataset.seq || '0') > before && el.dataset.state !== 'busy';
      }, seq, { timeout: STEP_TIMEOUT_MS });
      assert.equal((await p.status()).state, 'ok');
      assert.equal(await p.page.evaluate(() => document.activeElement.id), 'to-account', 'focus moves to the next step');
      await p.page.keyboard.press('Enter');
      await p.page.waitForURL(/account\.html$/);
      await p.page.waitForSelector('#account:not([hidden])', { timeout: STEP_TIMEOUT_MS });
      assert.equal(await p.page.textContent('#user-name'), username);
      assert.ok(await p.page.getByRole('button', { name: 'Add a passkey' }).isVisible());
    }));

  test('sign in with the button: it aborts the pending autofill request, then signs in', { timeout: TEST_TIMEOUT_MS },
    withPerson({}, async (p) => {
      await p.signUp(uniqueName('ada'), 'Ada Lovelace');
      await p.signOut();
      assert.equal(await p.openAccount(), false, 'signed out');

      // The device does not answer (no touch): the autofill request stays pending until the button replaces it.
      await p.presence(false);
      await p.page.goto(`${BASE}/passkeys/sign-in.html`);
      await p.page.waitForFunction(() => window.__citadelObserved.some((c) => c.call === 'get'), null, { timeout: STEP_TIMEOUT_MS });
      assert.equal(await p.data('conditional'), 'pending');
      await p.page.click('#sign-in-button');
      await p.page.waitForFunction(() => window.__citadelObserved.filter((c) => c.call === 'get').length === 2, null,
        { timeout: STEP_TIMEOUT_MS });
      assert.deepEqual(await p.page.evaluate(() => window.__citadelSignals.map((s) => s && s.aborted)), [true, null],
        'the autofill request was aborted; the button request has no abort signal');
      await p.page.goto('about:blank'); // leaves the unanswered request behind
      await p.presence(true);

      const status = await p.signInWithButton();
      assert.equal(status.state, 'ok', JSON.stringify(status));
      assert.equal(await p.data('mediation'), 'optional');
      assert.ok(await p.page.isVisible('#welcome'));
      assert.equal(await p.page.textContent('#welcome-name'), 'Ada Lovelace');
      const observed = await p.observed();
      assert.deepEqual(observed.filter((c) => c.call === 'get').map((c) => c.mediation), ['conditional', 'optional']);
      const details = observed.find((c) => c.call === 'signalCurrentUserDetails');
      assert.ok(details, 'signalCurrentUserDetails after sign-in');
      assert.equal(details.details.rpId, 'localhost');
      assert.equal(details.details.name, p.username);
      if (SCREENSHOT) {
        await p.page.screenshot({ path: SCREENSHOT, clip: { x: 0, y: 0, width: 960, height: 320 } });
      }

      assert.ok(await p.openAccount());
      const [row] = await p.passkeyRows();
      assert.notEqual(row.lastUsed, 'never');
    }));

  test('sign in with a typed username: the options name the account\'s passkeys; an unknown name looks the same',
    { timeout: TEST_TIMEOUT_MS }, withPerson({}, async (p) => {
      await p.signUp();
      await p.signOut();
      const optionBodies = [];
      const allowLists = [];
      p.page.on('response', async (response) => {
        if (response.url().endsWith('/passkeys/authentication/options')) {
          optionBodies.push(response.request().postDataJSON());
          allowLists.push(((await response.json()).publicKey.allowCredentials || []).length);
        }
      });
      let status = await p.signInWithButton(p.username);
      assert.equal(status.state, 'ok', JSON.stringify(status));
      assert.deepEqual(optionBodies, [{}, { username: p.username }]);
      assert.deepEqual(allowLists, [0, 1]);
      assert.equal(await p.data('mediation'), 'optional');

      // A name without an account gets options of the same shape; the device holds none of them.
      await p.signOut();
      optionBodies.length = 0;
      allowLists.length = 0;
      status = await p.signInWithButton(uniqueName('nobody'));
      assert.equal(status.state, 'error');
      assert.equal(status.reason, 'not-allowed', JSON.stringify(status));
      assert.deepEqual(allowLists, [0, 1], 'one decoy credential, as for a real account with one passkey');
      assert.equal(await p.openAccount(), false);
    }));

  test('autofill sign-in: the page requests mediation conditional on load and signs in from it', { timeout: TEST_TIMEOUT_MS },
    withPerson({}, async (p) => {
      await p.signUp();
      await p.signOut();
      const optionBodies = [];
      p.page.on('request', (request) => {
        if (request.url().endsWith('/passkeys/authentication/options')) {
          optionBodies.push(request.postDataJSON());
        }
      });
      // The virtual device answers an autofill request as a person picking the suggested passkey would.
      await p.page.goto(`${BASE}/passkeys/sign-in.html`);
      await p.page.waitForFunction(() => document.body.dataset.signedIn === 'true', null, { timeout: STEP_TIMEOUT_MS });
      assert.equal(await p.data('mediation'), 'conditional');
      assert.equal(await p.data('conditional'), 'used');
      const gets = (await p.observed()).filter((c) => c.call === 'get');
      assert.deepEqual(gets.map((c) => c.mediation), ['conditional'], 'one request, with mediation conditional');
      assert.deepEqual(optionBodies, [{}], 'usernameless options (discoverable credentials)');
      assert.equal((await p.status()).state, 'ok');
      assert.ok(await p.openAccount());
    }));

  test('user verification required (step-up): a device that cannot verify the user, and an assertion without the UV flag',
    { timeout: TEST_TIMEOUT_MS }, withPerson({}, async (p) => {
      await p.signUp();
      await p.page.goto(`${BASE}/passkeys/step-up.html`);
      let status = await p.clickAndSettle('#protected-action');
      assert.equal(status.reason, 'step-up-required', JSON.stringify(status));

      // isUserVerified: false — Chromium itself refuses userVerification "required"; the server is never asked.
      await p.cdp.send('WebAuthn.setUserVerified', { authenticatorId: p.authenticatorId, isUserVerified: false });
      p.requests.length = 0;
      status = await p.clickAndSettle('#step-up-button');
      assert.equal(status.state, 'error');
      assert.equal(status.reason, 'not-allowed', JSON.stringify(status));
      assert.ok(p.requests.includes('POST /account/step-up/options'));
      assert.ok(!p.requests.includes('POST /account/step-up/verify'), 'no assertion reached the server');

      // The device verifies but the response's UV flag is cleared (signature still valid): the server refuses.
      await p.cdp.send('WebAuthn.setUserVerified', { authenticatorId: p.authenticatorId, isUserVerified: true });
      await p.override({ isBadUV: true });
      status = await p.clickAndSettle('#step-up-button');
      assert.equal(status.state, 'error');
      assert.equal(status.reason, 'user-not-verified', JSON.stringify(status));
      assert.ok(p.requests.includes('POST /account/step-up/verify'));
      assert.notEqual(await p.data('protectedAction'), 'done');

      // Nothing of the refused confirmations counts: the action is still refused.
      await p.override({ isBadUV: false });
      await p.page.reload();
      status = await p.clickAndSettle('#protected-action');
      assert.equal(status.reason, 'step-up-required', JSON.stringify(status));
    }));

  test('PRF: enabled at registration, the same secret on every sign-in, never sent to the server', { timeout: TEST_TIMEOUT_MS },
    withPerson({ hasPrf: true }, async (p) => {
      const serverBodies = [];
      p.page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().includes('/verify')) {
          serverBodies.push(request.postData());
        }
      });
      await p.signUp();
      assert.equal(await p.data('prf'), 'enabled');
      // Signs in through autofill: on a virtual device with PRF, Chromium 150 refuses the button's request after
      // the failed user verification signInWithButton uses to end the autofill request (NotAllowedError).
      await p.signOut();
      let status = await p.signInWithAutofill();
      assert.equal(status.state, 'ok', JSON.stringify(status));
      const first = await p.data('prfResult');
      assert.match(first, /^[0-9a-f]{16}$/);
      await p.signOut();
      status = await p.signInWithAutofill();
      assert.equal(status.state, 'ok', JSON.stringify(status));
      assert.equal(await p.data('prfResult'), first, 'same credential and salt, same PRF output');
      for (const text of serverBodies) {
        const sent = JSON.parse(text).credential.clientExtensionResults || {};
        assert.ok(!sent.prf || !sent.prf.results, 'PRF results stay in the page');
      }

      const other = await Person.open({ hasPrf: false });
      try {
        await other.signUp();
        assert.equal(await other.data('prf'), 'unavailable');
      } finally {
        await other.close();
      }
    }));

  test('largeBlob: supported on a device that has it, reported unsupported on one that does not', { timeout: TEST_TIMEOUT_MS },
    withPerson({ hasLargeBlob: true }, async (p) => {
      await p.signUp();
      assert.equal(await p.data('largeBlob'), 'supported');
      const other = await Person.open({ hasLargeBlob: false });
      try {
        await other.signUp();
        assert.equal(await other.data('largeBlob'), 'unsupported');
      } finally {
        await other.close();
      }
    }));

  test('backup flags: eligible and backed up, device-bound, and a backup-state change seen at sign-in', { timeout: TEST_TIMEOUT_MS },
    withPerson({ defaultBackupEligibility: true, defaultBackupState: true }, async (p) => {
      await p.signUp();
      assert.ok(await p.openAccount());
      let [row] = await p.passkeyRows();
      assert.equal(row.backupEligible, 'true');
      assert.equal(row.backedUp, 'true');

      const bound = await Person.open({});
      try {
        await bound.signUp();
        assert.ok(await bound.openAccount());
        [row] = await bound.passkeyRows();
        assert.equal(row.backupEligible, 'false');
        assert.equal(row.backedUp, 'false');
      } finally {
        await bound.close();
      }

      const later = await Person.open({ defaultBackupEligibility: true, defaultBackupState: false });
      try {
        await later.signUp();
        assert.ok(await later.openAccount());
        [row] = await later.passkeyRows();
        assert.deepEqual([row.backupEligible, row.backedUp], ['true', 'false']);
        const [credential] = await later.credentials();
        await later.cdp.send('WebAuthn.setCredentialProperties', {
          authenticatorId: later.authenticatorId, credentialId: credential.credentialId, backupEligibility: true, backupState: true,
        });
        await later.signOut();
        assert.equal((await later.signInWithButton()).state, 'ok');
        assert.ok(await later.openAccount());
        [row] = await later.passkeyRows();
        assert.equal(row.backedUp, 'true', 'the server recorded the backup-state transition');
      } finally {
        await later.close();
      }
    }));

  test('a bogus signature is rejected and opens no session', { timeout: TEST_TIMEOUT_MS },
    withPerson({}, async (p) => {
      await p.signUp();
      await p.signOut();
      await p.override({ isBogusSignature: true });
      const status = await p.signInWithButton();
      assert.equal(status.state, 'error');
      assert.equal(status.reason, 'signature-invalid', JSON.stringify(status));
      assert.ok(p.requests.includes('POST /passkeys/authentication/verify'));
      assert.equal(await p.openAccount(), false);
    }));

  test('revoke: the page signals the accepted credentials; a device still holding the revoked passkey fails to sign in and the page signals it unknown',
    { timeout: TEST_TIMEOUT_MS }, withPerson({}, async (p) => {
      await p.signUp();
      const [first] = await p.credentials();
      const firstId = b64url(first.credentialId);

      // A second device adds a second passkey from the account page.
      await p.removeAuthenticator();
      await p.addAuthenticator({});
      assert.ok(await p.openAccount());
      let status = await p.clickAndSettle('#add-passkey');
      assert.equal(status.state, 'ok', JSON.stringify(status));
      const [second] = await p.credentials();
      const secondId = b64url(second.credentialId);
      assert.equal((await p.passkeyRows()).length, 2);
      p.deleted.length = 0;

      // A third device holds a copy of the first passkey (synced) when the account page revokes it.
      await p.removeAuthenticator();
      await p.addAuthenticator({});
      await p.cdp.send('WebAuthn.addCredential', { authenticatorId: p.authenticatorId, credential: first });
      assert.ok(await p.openAccount());
      await p.page.click(`#passkeys tr[data-credential-id="${firstId}"] button.revoke`);
      status = await p.clickAndSettle(`#passkeys tr[data-credential-id="${firstId}"] button.revoke-confirm`);
      assert.equal(status.state, 'ok', JSON.stringify(status));
      assert.match(status.text, /revoked/);
      assert.deepEqual((await p.passkeyRows()).map((r) => r.id), [secondId]);
      const accepted = (await p.observed()).filter((c) => c.call === 'signalAllAcceptedCredentials');
      assert.equal(accepted.length, 1);
      assert.equal(accepted[0].details.rpId, 'localhost');
      assert.deepEqual(accepted[0].details.allAcceptedCredentialIds, [secondId]);
      assert.equal(await p.data('signalledAccepted'), secondId);
      await eventually(() => p.deleted.length > 0, 'Chromium reports a deleted credential');
      assert.deepEqual(p.deleted, [firstId], 'Chromium removed the revoked passkey from the device');
      assert.deepEqual(await p.credentials(), []);

      // A device that never got the signal still offers the revoked passkey.
      await p.signOut();
      await p.cdp.send('WebAuthn.addCredential', { authenticatorId: p.authenticatorId, credential: first });
      p.deleted.length = 0;
      status = await p.signInWithButton();
      assert.equal(status.state, 'error');
      assert.equal(status.reason, 'unknown-credential', `${JSON.stringify(status)}; on the device: ${
        JSON.stringify((await p.credentials()).map((c) => b64url(c.credentialId)))}; deleted: ${JSON.stringify(p.deleted)}; calls: ${
        JSON.stringify(await p.observed())}`);
      const unknown = (await p.observed()).filter((c) => c.call === 'signalUnknownCredential');
      assert.deepEqual(unknown.map((c) => c.details), [{ rpId: 'localhost', credentialId: firstId }]);
      assert.equal(await p.data('signalledUnknown'), firstId);
      await eventually(() => p.deleted.length > 0, 'Chromium reports a deleted credential');
      assert.deepEqual(p.deleted, [firstId], 'Chromium removed the unknown passkey from the device');
      assert.equal(await p.openAccount(), false);
    }));

  test('step-up: a sensitive action asks for a fresh passkey confirmation, runs, and asks again once the passkeys change', { timeout: TEST_TIMEOUT_MS },
    withPerson({}, async (p) => {
      await p.signUp();
      await p.page.goto(`${BASE}/passkeys/step-up.html`);
      let status = await p.clickAndSettle('#protected-action');
      assert.equal(status.reason, 'step-up-required', JSON.stringify(status));
      assert.ok(await p.page.isVisible('#step-up'));

      status = await p.clickAndSettle('#step-up-button');
      assert.equal(status.state, 'ok', JSON.stringify(status));
      assert.equal(await p.data('stepUp'), 'deviceOwnerAuthenticationWithBiometrics');
      assert.equal(await p.data('protectedAction'), 'done');

      // Within the reuse window the action runs without asking again.
      await p.page.reload();
      status = await p.clickAndSettle('#protected-action');
      assert.equal(status.state, 'ok', JSON.stringify(status));

      // biometryCurrentSet: a passkey added since the confirmation voids it (a new device adds one here).
      await p.removeAuthenticator();
      await p.addAuthenticator({});
      assert.ok(await p.openAccount());
      status = await p.clickAndSettle('#add-passkey');
      assert.equal(status.state, 'ok', JSON.stringify(status));
      await p.page.goto(`${BASE}/passkeys/step-up.html`);
      status = await p.clickAndSettle('#protected-action');
      assert.equal(status.reason, 'step-up-required', JSON.stringify(status));
      assert.equal(await p.data('stepUpCause'), 'credential-set-changed');
      status = await p.clickAndSettle('#step-up-button');
      assert.equal(status.state, 'ok', JSON.stringify(status));
      assert.equal(await p.data('protectedAction'), 'done');
    }));

  test('account: rename a passkey, recovery codes shown once, recovery forces a new passkey', { timeout: TEST_TIMEOUT_MS },
    withPerson({}, async (p) => {
      await p.signUp();
      assert.ok(await p.openAccount());
      const [row] = await p.passkeyRows();
      await p.page.click(`#passkeys tr[data-credential-id="${row.id}"] button.rename`);
      await p.page.fill(`#passkeys tr[data-credential-id="${row.id}"] .rename-input`, 'Work laptop');
      let status = await p.clickAndSettle(`#passkeys tr[data-credential-id="${row.id}"] button.rename-save`);
      assert.equal(status.state, 'ok', JSON.stringify(status));
      assert.equal((await p.passkeyRows())[0].name, 'Work laptop');

      status = await p.clickAndSettle('#recovery-codes-button');
      assert.equal(status.state, 'ok', JSON.stringify(status));
      const codes = await p.page.$$eval('#recovery-codes li', (items) => items.map((li) => li.textContent));
      assert.equal(codes.length, 10);
      assert.equal(new Set(codes).size, 10);
      await p.page.reload();
      await p.page.waitForSelector('#account:not([hidden])');
      assert.equal(await p.page.isVisible('#recovery-codes-panel'), false, 'codes are shown once');

      // All passkeys lost: a recovery code signs in, restricted to adding a passkey.
      await p.signOut();
      await p.removeAuthenticator();
      await p.addAuthenticator({});
      await p.page.goto(`${BASE}/passkeys/sign-in.html`);
      await p.page.click('#recovery summary');
      await p.page.fill('#recovery-username', p.username);
      await p.page.fill('#recovery-code', codes[0]);
      await Promise.all([p.page.waitForURL(/account\.html$/), p.page.click('#recovery-button')]);
      await p.page.waitForSelector('#account:not([hidden])', { timeout: STEP_TIMEOUT_MS });
      assert.equal(await p.data('mustRegister'), 'true');
      assert.ok(await p.page.isVisible('#must-register'));
      status = await p.clickAndSettle('#add-passkey');
      assert.equal(status.state, 'ok', JSON.stringify(status));
      assert.ok(await p.openAccount());
      assert.equal(await p.data('mustRegister'), 'false');
      assert.equal((await p.passkeyRows()).length, 2);
    }));
});
