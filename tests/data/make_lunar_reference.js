// Reference data for the lunar calendar, from an independent implementation:
// lunar-javascript (6tail), which derives months from astronomical new moons
// and solar terms. Run from the repository root:
//
//   node tests/data/make_lunar_reference.js           # writes tests/data/*.tsv
//   node tests/data/make_lunar_reference.js --table   # prints the C++ year table
//
// lunar_reference.tsv   ISO date, lunar year, lunar month, leap (0/1), lunar day
// qingming_reference.tsv  year, ISO date of Qingming (清明, solar longitude 15°)
//
// The --table mode is how src/core/calendar/lunar_year_table.cpp was produced:
// one 32-bit word per lunar year 1899..2100 (see that file for the layout).
"use strict";
const fs = require("fs");
const path = require("path");
const { Solar, Lunar, LunarYear } = require("lunar-javascript");

function iso(solar) { return solar.toYmd(); }

function yearWord(year) {
  const months = LunarYear.fromYear(year).getMonths().filter((m) => m.getYear() === year);
  let bits = 0;
  let leap = 0;
  months.forEach((m, i) => {
    if (m.getDayCount() === 30) bits |= 1 << i;
    if (m.getMonth() < 0) leap = -m.getMonth();
  });
  const first = Solar.fromJulianDay(months[0].getFirstJulianDay());
  const jan1 = Solar.fromYmd(year, 1, 1);
  const offset = first.subtract(jan1);
  if (months.length !== (leap ? 13 : 12) || offset < 0 || offset > 63) throw new Error("bad year " + year);
  return (bits | (leap << 13) | (offset << 17)) >>> 0;
}

if (process.argv.includes("--table")) {
  const lines = [];
  for (let y = 1899; y <= 2100; y += 5) {
    const words = [];
    for (let k = y; k < Math.min(y + 5, 2101); ++k) words.push("0x" + yearWord(k).toString(16).padStart(6, "0"));
    lines.push("    " + words.join(", ") + ",  // " + y);
  }
  process.stdout.write(lines.join("\n") + "\n");
  process.exit(0);
}

const rows = [];
function addDay(solar) {
  const l = solar.getLunar();
  rows.push([iso(solar), l.getYear(), Math.abs(l.getMonth()), l.getMonth() < 0 ? 1 : 0, l.getDay()].join("\t"));
}
// Every 7th day across the range, so every weekday and most month boundaries
// are sampled, plus every day of years with awkward leap months or range ends.
const fullYears = new Set([1900, 1914, 1984, 2017, 2020, 2023, 2033, 2057, 2097, 2100]);
let day = Solar.fromYmd(1900, 1, 1);
const end = Solar.fromYmd(2100, 12, 31);
let n = 0;
while (day.isBefore(end) || day.toYmd() === end.toYmd()) {
  if (n % 7 === 0 || fullYears.has(day.getYear())) addDay(day);
  day = day.next(1);
  ++n;
}
const here = __dirname;
fs.writeFileSync(path.join(here, "lunar_reference.tsv"), rows.join("\n") + "\n");

const qm = [];
for (let y = 1900; y <= 2100; ++y) qm.push(y + "\t" + Lunar.fromYmd(y, 1, 1).getJieQiTable()["清明"].toYmd());
fs.writeFileSync(path.join(here, "qingming_reference.tsv"), qm.join("\n") + "\n");
console.log("lunar_reference.tsv: " + rows.length + " rows; qingming_reference.tsv: " + qm.length + " rows");
