// A handful of crash trials (bench/crash_trials.js; the 100-trial run is a
// benchmark, docs/benchmarks.md): Chromium killed with SIGKILL, whole process
// group, at random moments during a stream of edits; every edit whose
// saved() resolved must be there when the profile is opened again, and the
// book must open without a problem.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const path = require('path');
const { spawnSync } = require('child_process');
const { WEB } = require('./helpers');

test('five crash trials lose no acknowledged edit', () => {
  const script = path.join(__dirname, '..', '..', 'bench', 'crash_trials.js');
  const out = path.join(require('os').tmpdir(), `rmplanner-crash-ci-${process.pid}.json`);
  const r = spawnSync(process.execPath, [script, '--trials', '5', '--web', WEB, '--out', out, '--max-ms', '1500'],
    { encoding: 'utf8', timeout: 180000 });
  const text = (r.stdout || '') + (r.stderr || '');
  assert.strictEqual(r.status, 0, text);
  assert.match(text, /^trials: 5$/m);
  assert.match(text, /^lost edits: 0$/m);
  assert.match(text, /^opens with problems: 0$/m);
  const acknowledged = Number(/^acknowledged edits: (\d+)$/m.exec(text)[1]);
  assert.ok(acknowledged > 0, 'some edits were acknowledged before the kills, so the check checked something');
});
