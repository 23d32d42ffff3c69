// Citadel passkey pages: sign up, sign in (button and autofill), account, step-up.
// One script for every page; <body data-page> says which. No framework, no markup written from strings
// (the pages enforce Trusted Types): every element is built with the DOM.
//
// Each page reports in #status (text, data-state = busy | ok | error, data-reason = the server's problem
// reason or the browser's error name, data-seq counting the reports) and records what it did in data attributes on <body>, which the
// browser tests read.
'use strict';

(() => {
  const CSRF_COOKIE = 'citadel_csrf';
  const CSRF_HEADER = 'X-Citadel-CSRF';
  // Start a new conditional request before the server's challenge expires (5 minutes).
  const CONDITIONAL_RENEW_MS = 4 * 60 * 1000;

  const $ = (id) => document.getElementById(id);
  const body = document.body;

  /** A problem+json answer (RFC 9457) or a browser error, with the reason the page reports. */
  class Failure extends Error {
    constructor(message, reason, status, problem) {
      super(message);
      this.reason = reason;
      this.status = status;
      this.problem = problem || {};
    }
  }

  function setStatus(text, state, reason) {
    const el = $('status');
    el.textContent = text;
    el.dataset.state = state;
    el.dataset.seq = String(Number(el.dataset.seq || '0') + 1);
    if (reason) {
      el.dataset.reason = reason;
    } else {
      delete el.dataset.reason;
    }
  }

  function showFailure(prefix, e) {
    if (e instanceof Failure) {
      setStatus(prefix + ': ' + e.message, 'error', e.reason);
    } else if (e && e.name === 'NotAllowedError') {
      setStatus(prefix + ': the passkey request was cancelled or not allowed (' + e.message + ')', 'error', 'not-allowed');
    } else if (e && e.name === 'InvalidStateError') {
      setStatus(prefix + ': this device already holds a passkey for this account', 'error', 'invalid-state');
    } else {
      setStatus(prefix + ': ' + (e && e.message ? e.message : String(e)), 'error', e && e.name ? e.name : 'error');
    }
  }

  function csrfToken() {
    for (const part of document.cookie.split(';')) {
      const [name, ...rest] = part.trim().split('=');
      if (name === CSRF_COOKIE) {
        return rest.join('=');
      }
    }
    return '';
  }

  /** Calls the JSON API; resolves to the parsed body (null for 204), rejects with a Failure. */
  async function api(method, path, payload) {
    const headers = { Accept: 'application/json, application/problem+json' };
    const init = { method, headers, credentials: 'same-origin', cache: 'no-store' };
    if (method !== 'GET') {
      headers[CSRF_HEADER] = csrfToken();
      if (payload !== undefined) {
        headers['Content-Type'] = 'application/json';
        init.body = JSON.stringify(payload);
      }
    }
    let response;
    try {
      response = await fetch(path, init);
    } catch (e) {
      throw new Failure('the server cannot be reached', 'network', 0);
    }
    const text = await response.text();
    let json = null;
    if (text) {
      try {
        json = JSON.parse(text);
      } catch (e) {
        throw new Failure('the server answered ' + response.status + ' without JSON', 'bad-response', response.status);
      }
    }
    if (!response.ok) {
      const problem = json || {};
      const message = problem.detail || problem.title || ('HTTP ' + response.status);
      throw new Failure(message, problem.reason || ('http-' + response.status), response.status, problem);
    }
    return json;
  }

  function supportsPasskeys() {
    return typeof window.PublicKeyCredential === 'function'
      && typeof PublicKeyCredential.parseCreationOptionsFromJSON === 'function'
      && typeof PublicKeyCredential.parseRequestOptionsFromJSON === 'function';
  }

  function requirePasskeys() {
    if (supportsPasskeys()) {
      return true;
    }
    setStatus('This browser cannot use passkeys (WebAuthn Level 3 JSON methods are missing).', 'error', 'unsupported-browser');
    document.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    return false;
  }

  // ---- Signal API (WebAuthn L3 §5.1.10): tell the credential manager what the server knows. --------------------

  async function signal(method, details) {
    const fn = window.PublicKeyCredential && PublicKeyCredential[method];
    if (typeof fn !== 'function') {
      return false;
    }
    try {
      await fn.call(PublicKeyCredential, details);
      return true;
    } catch (e) {
      return false; // advisory: a refusal must not break the page
    }
  }

  async function signalUserDetails() {
    const accepted = await api('GET', '/account/accepted-credentials');
    if (accepted) {
      await signal('signalCurrentUserDetails', {
        rpId: accepted.rpId, userId: accepted.userId, name: accepted.name, displayName: accepted.displayName,
      });
    }
    return accepted;
  }

  async function signalAccepted() {
    const accepted = await api('GET', '/account/accepted-credentials');
    const done = await signal('signalAllAcceptedCredentials', {
      rpId: accepted.rpId, userId: accepted.userId, allAcceptedCredentialIds: accepted.allAcceptedCredentialIds,
    });
    body.dataset.signalledAccepted = done ? accepted.allAcceptedCredentialIds.join(' ') : 'unsupported';
  }

  // ---- Extension outputs the page can report without sending secrets. ---------------------------------------

  function describeRegistrationExtensions(credential) {
    const ext = credential.getClientExtensionResults();
    const prf = ext.prf && ext.prf.enabled ? 'enabled' : 'unavailable';
    const largeBlob = ext.largeBlob && ext.largeBlob.supported ? 'supported' : 'unsupported';
    const discoverable = ext.credProps && ext.credProps.rk === true ? 'yes'
      : (ext.credProps && ext.credProps.rk === false ? 'no' : 'unknown');
    body.dataset.prf = prf;
    body.dataset.largeBlob = largeBlob;
    body.dataset.discoverable = discoverable;
    return 'PRF ' + prf + ', large blob ' + largeBlob + ', discoverable ' + discoverable;
  }

  /** The PRF output stays in the page (toJSON() never sends it); the page shows a short fingerprint of it. */
  async function describePrfResult(credential) {
    const ext = credential.getClientExtensionResults();
    const first = ext.prf && ext.prf.results && ext.prf.results.first;
    if (!first) {
      body.dataset.prfResult = 'none';
      return;
    }
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', first));
    const hex = Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
    body.dataset.prfResult = hex;
  }

  // ---- Ceremonies. ----------------------------------------------------------------------------------------

  async function register(optionsRequest, name) {
    const start = await api('POST', '/passkeys/registration/options', optionsRequest);
    const publicKey = PublicKeyCredential.parseCreationOptionsFromJSON(start.publicKey);
    const credential = await navigator.credentials.create({ publicKey });
    const extensions = describeRegistrationExtensions(credential);
    const payload = { ceremonyId: start.ceremonyId, credential: credential.toJSON() };
    if (name) {
      payload.name = name;
    }
    const result = await api('POST', '/passkeys/registration/verify', payload);
    body.dataset.credentialId = credential.id;
    return { result, extensions };
  }

  /** Runs an authentication ceremony; mediation 'conditional' for autofill, undefined for the button. */
  async function authenticate(optionsPath, optionsRequest, verifyPath, mediation, abortSignal) {
    const start = await api('POST', optionsPath, optionsRequest);
    const publicKey = PublicKeyCredential.parseRequestOptionsFromJSON(start.publicKey);
    const request = { publicKey };
    if (mediation) {
      request.mediation = mediation;
    }
    if (abortSignal) {
      request.signal = abortSignal;
    }
    const credential = await navigator.credentials.get(request);
    await describePrfResult(credential);
    try {
      const result = await api('POST', verifyPath, { ceremonyId: start.ceremonyId, credential: credential.toJSON() });
      return { credential, result };
    } catch (e) {
      if (e instanceof Failure && e.reason === 'unknown-credential') {
        // The server no longer knows this passkey: ask the credential manager to hide or delete it.
        const done = await signal('signalUnknownCredential', {
          rpId: e.problem.rpId || publicKey.rpId || location.hostname,
          credentialId: e.problem.credentialId || credential.id,
        });
        body.dataset.signalledUnknown = done ? (e.problem.credentialId || credential.id) : 'unsupported';
      }
      throw e;
    }
  }

  // ---- Pages. ---------------------------------------------------------------------------------------------

  function signUpPage() {
    if (!requirePasskeys()) {
      return;
    }
    $('sign-up-form').addEventListener('submit', async (event) => {
      event.preventDefault();
      const username = $('username').value.trim();
      const displayName = $('display-name').value.trim() || username;
      if (!username) {
        setStatus('Choose a username.', 'error', 'username-missing');
        $('username').focus();
        return;
      }
      $('sign-up-button').disabled = true;
      setStatus('Follow your browser to create a passkey…', 'busy');
      try {
        const { extensions } = await register({ username, displayName });
        await signalUserDetails().catch(() => undefined);
        setStatus('Account created and signed in (' + extensions + ').', 'ok');
        $('next').hidden = false;
        $('to-account').focus();
      } catch (e) {
        showFailure('Account not created', e);
      } finally {
        $('sign-up-button').disabled = false;
      }
    });
  }

  function signInPage() {
    if (!requirePasskeys()) {
      return;
    }
    let conditional = null; // AbortController of the pending autofill request
    let renewTimer = 0;

    const signedIn = async (outcome, mediation) => {
      const user = outcome.result && outcome.result.user ? outcome.result.user : {};
      $('welcome-name').textContent = user.displayName || user.name || '';
      await signalUserDetails().catch(() => undefined);
      $('sign-in-section').hidden = true;
      $('welcome').hidden = false;
      setStatus('Signed in as ' + (user.name || 'you') + '.', 'ok');
      body.dataset.mediation = mediation;
      body.dataset.signedIn = 'true'; // last: everything above is done when a test sees it
    };

    const startConditional = async () => {
      if (typeof PublicKeyCredential.isConditionalMediationAvailable !== 'function'
        || !(await PublicKeyCredential.isConditionalMediationAvailable())) {
        body.dataset.conditional = 'unavailable';
        return;
      }
      conditional = new AbortController();
      const mine = conditional;
      clearTimeout(renewTimer);
      renewTimer = setTimeout(() => { mine.abort(); startConditional(); }, CONDITIONAL_RENEW_MS);
      body.dataset.conditional = 'pending';
      try {
        const outcome = await authenticate('/passkeys/authentication/options', {},
          '/passkeys/authentication/verify', 'conditional', mine.signal);
        clearTimeout(renewTimer);
        body.dataset.conditional = 'used';
        await signedIn(outcome, 'conditional');
      } catch (e) {
        if (mine.signal.aborted) {
          return; // replaced by the button or by a renewal
        }
        clearTimeout(renewTimer);
        body.dataset.conditional = 'ended';
        if (e instanceof Failure) {
          showFailure('Not signed in', e);
        }
        // A browser refusal of an autofill request is not the user's doing: stay quiet, the button works.
      }
    };

    $('sign-in-form').addEventListener('submit', async (event) => {
      event.preventDefault();
      if (conditional) {
        conditional.abort();
        conditional = null;
        clearTimeout(renewTimer);
      }
      const username = $('username').value.trim();
      $('sign-in-button').disabled = true;
      setStatus('Follow your browser to use your passkey…', 'busy');
      try {
        const outcome = await authenticate('/passkeys/authentication/options', username ? { username } : {},
          '/passkeys/authentication/verify', undefined, undefined);
        await signedIn(outcome, 'optional');
      } catch (e) {
        showFailure('Not signed in', e);
      } finally {
        $('sign-in-button').disabled = false;
      }
    });

    $('recovery-form').addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await api('POST', '/account/recovery', { username: $('recovery-username').value.trim(), code: $('recovery-code').value.trim() });
        setStatus('Recovery code accepted: add a new passkey now.', 'ok');
        location.assign('/passkeys/account.html');
      } catch (e) {
        showFailure('Recovery refused', e);
      }
    });

    startConditional();
  }

  function formatTime(value) {
    if (!value) {
      return 'never';
    }
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? String(value) : date.toLocaleString();
  }

  function accountPage() {
    const rows = $('passkeys').tBodies[0];

    const cell = (text) => {
      const td = document.createElement('td');
      td.textContent = text;
      return td;
    };
    const button = (text, className, onClick) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = text;
      b.className = className;
      b.addEventListener('click', onClick);
      return b;
    };

    const render = (passkeys) => {
      rows.replaceChildren();
      for (const p of passkeys) {
        const tr = document.createElement('tr');
        tr.dataset.credentialId = p.id;
        tr.dataset.backedUp = String(Boolean(p.backedUp));
        tr.dataset.backupEligible = String(Boolean(p.backupEligible));
        const nameCell = cell(p.name || 'Passkey');
        nameCell.className = 'passkey-name';
        tr.append(nameCell);
        const authenticator = cell('');
        if (p.icon && /^data:image\/(png|svg\+xml|jpeg|webp);base64,/.test(p.icon)) {
          const img = document.createElement('img');
          img.src = p.icon;
          img.alt = '';
          img.className = 'icon';
          authenticator.append(img);
        }
        authenticator.append(document.createTextNode(p.authenticatorName || 'Unknown authenticator'));
        authenticator.className = 'passkey-authenticator';
        tr.append(authenticator, cell(formatTime(p.createdAt)));
        const lastUsed = cell(formatTime(p.lastUsedAt));
        lastUsed.className = 'passkey-last-used';
        const backedUp = cell(p.backedUp ? 'Yes' : (p.backupEligible ? 'Not yet' : 'No (this device only)'));
        backedUp.className = 'passkey-backed-up';
        tr.append(lastUsed, backedUp);
        const actions = document.createElement('td');
        actions.className = 'actions';
        actions.append(
          button('Rename', 'rename', () => startRename(tr, p)),
          button('Revoke', 'revoke', () => confirmRevoke(tr, p)));
        tr.append(actions);
        rows.append(tr);
      }
      body.dataset.passkeyCount = String(passkeys.length);
    };

    const startRename = (tr, p) => {
      const td = tr.querySelector('.passkey-name');
      const form = document.createElement('form');
      form.className = 'rename-form';
      const label = document.createElement('label');
      label.textContent = 'New name';
      const input = document.createElement('input');
      input.className = 'rename-input';
      input.maxLength = 64;
      input.value = p.name || '';
      input.id = 'rename-' + p.id;
      label.htmlFor = input.id;
      const save = document.createElement('button');
      save.type = 'submit';
      save.className = 'rename-save';
      save.textContent = 'Save';
      form.append(label, input, save);
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        try {
          await api('PATCH', '/account/passkeys/' + encodeURIComponent(p.id), { name: input.value.trim() });
          await load();
          setStatus('Passkey renamed.', 'ok');
        } catch (e) {
          showFailure('Not renamed', e);
        }
      });
      td.replaceChildren(form);
      input.focus();
    };

    const confirmRevoke = (tr, p) => {
      const td = tr.querySelector('.actions');
      const text = document.createElement('span');
      text.textContent = 'Revoke "' + (p.name || 'Passkey') + '"? ';
      td.replaceChildren(text,
        button('Yes, revoke', 'revoke-confirm', () => revoke(p)),
        button('Cancel', 'revoke-cancel', () => load()));
      td.querySelector('.revoke-confirm').focus();
    };

    const revoke = async (p) => {
      try {
        await api('DELETE', '/account/passkeys/' + encodeURIComponent(p.id));
        await signalAccepted();
        await load();
        setStatus('Passkey "' + (p.name || 'Passkey') + '" revoked.', 'ok');
      } catch (e) {
        showFailure('Not revoked', e);
      }
    };

    const load = async () => {
      try {
        const account = await api('GET', '/account');
        $('user-name').textContent = account.user.name;
        $('user-display-name').textContent = account.user.displayName;
        $('must-register').hidden = !account.mustRegisterPasskey;
        body.dataset.mustRegister = String(Boolean(account.mustRegisterPasskey));
        render(account.passkeys || await api('GET', '/account/passkeys'));
        $('account').hidden = false;
        $('signed-out').hidden = true;
        return account;
      } catch (e) {
        $('account').hidden = true;
        $('signed-out').hidden = false;
        if (e instanceof Failure && e.status === 401) {
          setStatus('You are signed out.', 'error', e.reason);
        } else {
          showFailure('Account not loaded', e);
        }
        return null;
      }
    };

    $('add-passkey').addEventListener('click', async () => {
      if (!requirePasskeys()) {
        return;
      }
      $('add-passkey').disabled = true;
      setStatus('Follow your browser to create a passkey…', 'busy');
      try {
        const { extensions } = await register({});
        await load();
        setStatus('Passkey added (' + extensions + ').', 'ok');
      } catch (e) {
        showFailure('Passkey not added', e);
      } finally {
        $('add-passkey').disabled = false;
      }
    });

    $('recovery-codes-button').addEventListener('click', async () => {
      try {
        const { codes } = await api('POST', '/account/recovery-codes');
        const list = $('recovery-codes');
        list.replaceChildren(...codes.map((code) => {
          const li = document.createElement('li');
          li.textContent = code;
          return li;
        }));
        $('recovery-codes-panel').hidden = false;
        setStatus(codes.length + ' recovery codes created; they are shown only now.', 'ok');
      } catch (e) {
        showFailure('No recovery codes', e);
      }
    });

    $('sign-out').addEventListener('click', async () => {
      try {
        await api('POST', '/account/sign-out');
        $('account').hidden = true;
        $('signed-out').hidden = false;
        rows.replaceChildren();
        $('recovery-codes').replaceChildren();
        body.dataset.signedIn = 'false';
        setStatus('Signed out.', 'ok');
      } catch (e) {
        showFailure('Not signed out', e);
      }
    });

    load();
  }

  function stepUpPage() {
    const attempt = async () => {
      await api('POST', '/account/protected-action', {});
      body.dataset.protectedAction = 'done';
      $('step-up').hidden = true;
      setStatus('Sensitive action done.', 'ok');
    };

    $('protected-action').addEventListener('click', async () => {
      try {
        await attempt();
      } catch (e) {
        if (e instanceof Failure && e.reason === 'step-up-required') {
          body.dataset.protectedAction = 'step-up-required';
          if (Array.from($('policy').options).some((o) => o.value === e.problem.policy)) {
            $('policy').value = e.problem.policy; // the policy this action needs
          }
          body.dataset.stepUpCause = e.problem.cause || '';
          $('step-up').hidden = false;
          setStatus(e.problem.cause === 'credential-set-changed'
            ? 'Your passkeys changed since you last confirmed: confirm it is you again.'
            : 'Confirm it is you with your passkey first.', 'error', e.reason);
          $('step-up-button').focus();
        } else {
          showFailure('Sensitive action refused', e);
        }
      }
    });

    $('step-up-form').addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!requirePasskeys()) {
        return;
      }
      $('step-up-button').disabled = true;
      setStatus('Follow your browser to confirm with your passkey…', 'busy');
      try {
        const outcome = await authenticate('/account/step-up/options', { policy: $('policy').value },
          '/account/step-up/verify', undefined, undefined);
        body.dataset.stepUp = outcome.result && outcome.result.policy ? outcome.result.policy : 'done';
        await attempt();
      } catch (e) {
        showFailure('Not confirmed', e);
      } finally {
        $('step-up-button').disabled = false;
      }
    });
  }

  const pages = { 'sign-up': signUpPage, 'sign-in': signInPage, account: accountPage, 'step-up': stepUpPage };
  const page = pages[body.dataset.page];
  if (page) {
    page();
  }
})();
