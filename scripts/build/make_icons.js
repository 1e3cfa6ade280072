#!/usr/bin/env node
// Renders the app's icons for the web app manifest from static/icon.svg with
// Debian's rsvg-convert (librsvg2-bin): 192 and 512 px as drawn, and a 512 px
// "maskable" one. A maskable icon is cropped by the system (circle, squircle…)
// to its inner 80 %, so it is the same drawing scaled to 60 % and centred on a
// full-bleed square of the icon's own background colour.
//
// Usage: node scripts/build/make_icons.js ICON.svg OUT_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const [src, outDir] = process.argv.slice(2);
if (!src || !outDir) {
  console.error('usage: make_icons.js ICON.svg OUT_DIR');
  process.exit(2);
}
const svg = fs.readFileSync(src, 'utf8');
const open = svg.match(/<svg\b[^>]*>/);
const box = open && open[0].match(/viewBox="\s*([-\d.]+)\s+([-\d.]+)\s+([\d.]+)\s+([\d.]+)\s*"/);
if (!box) {
  console.error(`make_icons: ${src} has no <svg viewBox="…">`);
  process.exit(1);
}
const [x, y, w, h] = box.slice(1).map(Number);
const inner = svg.slice(open.index + open[0].length, svg.lastIndexOf('</svg>'));
// The background is the first fill the drawing uses (its rounded square).
const bg = (svg.match(/fill="(#[0-9a-fA-F]{3,8})"/) || [])[1] || '#ffffff';
const k = 0.6;
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${w} ${h}">` +
  `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${bg}"/>` +
  `<g transform="translate(${x + w * (1 - k) / 2} ${y + h * (1 - k) / 2}) scale(${k})">${inner}</g></svg>`;

fs.mkdirSync(outDir, { recursive: true });
const tmp = path.join(outDir, '.maskable.svg');
fs.writeFileSync(tmp, maskable);
const render = (input, size, out) =>
  execFileSync('rsvg-convert', ['-w', String(size), '-h', String(size), '-o', path.join(outDir, out), input]);
try {
  render(src, 192, 'icon-192.png');
  render(src, 512, 'icon-512.png');
  render(tmp, 512, 'icon-maskable-512.png');
} finally {
  fs.rmSync(tmp, { force: true });
}
