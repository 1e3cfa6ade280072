// Chromium that can be killed like a machine losing power: started on a
// profile in a process group of its own (detached), driven over CDP through
// playwright-core, and ended with SIGKILL to the whole group — no unload, no
// flush, IndexedDB's files as the kill left them. Used by
// bench/crash_trials.js and tests/e2e/storage.test.js.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const { chromium } = require('playwright-core');

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader',
  '--remote-debugging-port=0', '--remote-debugging-address=127.0.0.1'];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// {child, exited, browser, context, profile}; context is the profile's own.
async function startChromium(profile) {
  const portFile = path.join(profile, 'DevToolsActivePort');
  try { fs.unlinkSync(portFile); } catch (e) { /* first start */ }
  const child = spawn('/usr/bin/chromium', [...CHROMIUM_ARGS, '--user-data-dir=' + profile, 'about:blank'],
    { detached: true, stdio: 'ignore' });
  const exited = new Promise((r) => child.once('exit', r));
  for (let i = 0; ; i++) {
    const port = fs.existsSync(portFile) ? fs.readFileSync(portFile, 'utf8').split('\n')[0].trim() : '';
    if (port) {
      // The port file can show up a moment before the endpoint answers.
      const browser = await chromium.connectOverCDP('http://127.0.0.1:' + port).catch((e) => {
        if (i > 400) throw e;
        return null;
      });
      if (browser) return { child, exited, browser, context: browser.contexts()[0], profile };
    }
    if (i > 400 || child.exitCode !== null) {
      try { process.kill(-child.pid, 'SIGKILL'); } catch (e) { /* gone */ }
      throw new Error('Chromium did not start');
    }
    await sleep(50);
  }
}

// Processes still running with this profile (a helper that left the group);
// each is one of ours, found by the profile's unique path.
function survivors(profile) {
  const found = [];
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--user-data-dir=' + profile)) found.push(Number(pid));
    } catch (e) { /* gone */ }
  }
  return found;
}

// SIGKILL to the whole group; then any survivor by its pid. Resolves with
// the number of survivors (0 when the group kill reached everything).
async function killAll(run) {
  try { process.kill(-run.child.pid, 'SIGKILL'); } catch (e) { /* already gone */ }
  await run.exited;
  const left = survivors(run.profile);
  for (const pid of left) { try { process.kill(pid, 'SIGKILL'); } catch (e) { /* gone */ } }
  for (let i = 0; i < 100 && survivors(run.profile).length; i++) await sleep(20);
  await run.browser.close().catch(() => {});
  return left.length;
}

module.exports = { startChromium, killAll };
