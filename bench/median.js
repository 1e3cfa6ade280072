// The median of the finite numbers in XS (null when there are none): every
// browser benchmark reports medians of its runs (docs/benchmarks.md).
'use strict';
function median(xs) {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}
module.exports = { median };
