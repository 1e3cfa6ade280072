#!/usr/bin/env bash
# Smoke test of the rmplanner CLI's planner commands on a demo book: builds
# nothing, runs ${RM_BUILD:-build/native}/rmplanner and checks the JSON.
# Fails loudly (non-zero, with the reason) on any wrong output.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
BIN="${RM_BUILD:-build/native}/rmplanner"
[[ -x "$BIN" ]] || { echo "cli.sh: $BIN not built" >&2; exit 1; }
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
die() { echo "cli.sh: FAIL: $*" >&2; exit 1; }

# Checks a JSON file with a JavaScript expression over `j`; prints the reason on failure.
check() {
  local file="$1" what="$2" expr="$3"
  node -e '
    const fs = require("fs");
    const j = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    let ok;
    try { ok = ('"$expr"'); } catch (e) { ok = false; console.error(e.message); }
    if (!ok) { console.error("cli.sh: FAIL: " + process.argv[2]); process.exit(1); }
  ' "$file" "$what" || exit 1
}

"$BIN" demo --clients 60 --seed 7 --today 2026-01-05 --out "$TMP/book.json" || die "demo failed"

# holidays
"$BIN" holidays --year 2026 > "$TMP/h.json" || die "holidays --year 2026 failed"
check "$TMP/h.json" "Spring Festival 2026 is 2026-02-17" \
  'j.some(h => h.code === "spring_festival" && h.date === "2026-02-17" && h.zh === "春节" && h.en === "Spring Festival" && h.statutory === true)'
check "$TMP/h.json" "Mid-Autumn 2026 is 2026-09-25, Dragon Boat 2026-06-19, Qingming 2026-04-05" \
  'j.find(h => h.code === "mid_autumn").date === "2026-09-25" && j.find(h => h.code === "dragon_boat").date === "2026-06-19" && j.find(h => h.code === "qingming").date === "2026-04-05"'
check "$TMP/h.json" "holidays sorted by date, no Teachers' Day by default" \
  'j.every((h, i) => i === 0 || j[i - 1].date <= h.date) && !j.some(h => h.code === "teachers_day")'
"$BIN" holidays --year 2026 --teachers-day > "$TMP/ht.json" || die "holidays --teachers-day failed"
check "$TMP/ht.json" "--teachers-day lists 2026-09-10" 'j.some(h => h.code === "teachers_day" && h.date === "2026-09-10")'
"$BIN" holidays --year 1900 > /dev/null || die "holidays --year 1900 failed"
"$BIN" holidays --year 2100 > /dev/null || die "holidays --year 2100 failed"

# agenda
"$BIN" agenda "$TMP/book.json" --from 2026-01-05 --days 30 > "$TMP/a.json" || die "agenda failed"
check "$TMP/a.json" "agenda has 30 consecutive days from 2026-01-05" \
  'j.days.length === 30 && j.days[0].date === "2026-01-05" && j.days[29].date === "2026-02-03" && Array.isArray(j.unscheduled)'
check "$TMP/a.json" "agenda plans work, with reasons, only on working days" \
  'j.days.some(d => d.entries.length > 0) && j.days.every(d => (d.kind === "working" || d.kind === "make_up_working") || d.entries.length === 0) && j.days.every(d => d.entries.every(e => e.reasons.length > 0 && ["meeting","call","message"].includes(e.kind) && e.client && e.channel))'
check "$TMP/a.json" "agenda respects the default daily capacity (3 meetings, 8 calls, 20 messages)" \
  'j.days.every(d => d.entries.filter(e => e.kind === "meeting").length <= 3 && d.entries.filter(e => e.kind === "call").length <= 8 && d.entries.filter(e => e.kind === "message").length <= 20)'
check "$TMP/a.json" "10 and 11 Jan 2026 are a weekend, 1 Jan is absent (range starts 5 Jan)" \
  'j.days[5].kind === "weekend" && j.days[6].kind === "weekend"'
"$BIN" agenda "$TMP/book.json" --from 2026-01-05 --days 30 > "$TMP/a2.json"
cmp -s "$TMP/a.json" "$TMP/a2.json" || die "agenda is not deterministic"
"$BIN" agenda "$TMP/book.json" --from 2026-09-28 --days 14 > "$TMP/nd.json" || die "agenda over National Day failed"
check "$TMP/nd.json" "National Day 2026: 1 Oct is a day off with no entries" \
  'j.days.length === 14 && j.days[3].date === "2026-10-01" && j.days[3].kind === "day_off" && j.days[3].entries.length === 0'

# compliance
"$BIN" compliance "$TMP/book.json" --year 2025 --today 2026-01-05 > "$TMP/c.json" || die "compliance failed"
check "$TMP/c.json" "compliance lists 6-4-2 items for 2025 with the documented keys" \
  'j.length > 0 && j.some(i => i.rule === "bank_a.6_4_2" && i.start === "2025-01-01" && i.due === "2025-12-31") && j.every(i => ["rule","client","manager","tier","start","end","due","required","done","status","overdue_days","prorated"].every(k => k in i))'
check "$TMP/c.json" "every status is a known code and overdue_days > 0 only when overdue" \
  'j.every(i => ["met","on_track","behind","overdue"].includes(i.status) && ((i.status === "overdue") === (i.overdue_days > 0)))'
check "$TMP/c.json" "a year judged after it ended has no item on track or behind" \
  'j.filter(i => i.end <= "2026-01-01").every(i => i.status === "met" || i.status === "overdue")'

# workload
"$BIN" workload "$TMP/book.json" --today 2026-01-05 > "$TMP/w.json" || die "workload failed"
check "$TMP/w.json" "workload under Bank A: 6 services a year per A client, 12 per B/C, totals add up over 250 days" \
  'j.policy === "bank_a" && j.working_days === 250 && j.working_weeks === 50 && j.tiers.length > 0 && j.tiers.every(t => t.per_client.services === (t.tier === "A" ? 6 : 12) && t.per_year.services === t.per_client.services * t.clients) && j.total.per_year.services === j.tiers.reduce((a, t) => a + t.per_year.services, 0) && j.total.clients === j.tiers.reduce((a, t) => a + t.clients, 0)'
check "$TMP/w.json" "workload prints per-week and per-day figures as one-decimal strings" \
  '[j.total, ...j.tiers].every(f => ["per_week", "per_day"].every(k => Object.values(f[k]).every(v => /^[0-9]+[.][0-9]$/.test(v))))'
"$BIN" workload "$TMP/book.json" --today 2026-01-05 --policy bank_b --year 2027 > "$TMP/wb.json" || die "workload --policy bank_b failed"
check "$TMP/wb.json" "workload under Bank B: 24 calls a Diamond client, 48 a Platinum one, 6 SMS each, 5 major holidays in 2027" \
  'j.policy === "bank_b" && j.major_holidays === 5 && j.tiers.every(t => t.per_client.messages === 6 && t.per_client.calls === ({diamond: 24, platinum: 48, gold: 0})[t.tier]) && j.per_manager.clients_per_year === 520 && j.not_counted.includes("bank_b.gold_absence_call")'
"$BIN" workload "$TMP/book.json" --policy bank_z > /dev/null 2>&1 && die "workload accepted an unknown policy"
"$BIN" agenda "$TMP/book.json" --from 2026-01-05 --days 7 --policy bank_b > /dev/null || die "agenda --policy bank_b failed"
"$BIN" compliance "$TMP/book.json" --year 2026 --today 2026-03-02 --policy bank_b > "$TMP/cb.json" || die "compliance --policy bank_b failed"
check "$TMP/cb.json" "compliance --policy bank_b judges Bank B rules" 'j.some(i => i.rule.startsWith("bank_b."))'

# apply: the app's commands from a script, all or nothing
CLIENT=$(node -e 'const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(j.clients[0].id)' "$TMP/book.json")
cat > "$TMP/cmds.jsonl" <<JSONL
# a call yesterday with a follow-up, and a meeting today
{"command":"record_contact","client_id":"$CLIENT","date":"2026-01-04","channel":"phone","notes":"问候","next_step":"送资料","next_step_date":"2026-01-12"}

{"command":"record_contact","client_id":"$CLIENT","date":"2026-01-05","channel":"visit","meeting":true}
JSONL
"$BIN" apply "$TMP/book.json" "$TMP/cmds.jsonl" --out "$TMP/applied.json" --today 2026-01-05 --json > "$TMP/ap.json" || die "apply failed"
check "$TMP/ap.json" "apply reports 2 commands and 3 changed records (two contacts, one follow-up task)" \
  'j.applied === 2 && j.changed === 3'
check "$TMP/applied.json" "the applied book holds both contacts and the follow-up task due 2026-01-12" \
  'j.contacts.filter(c => c.client_id === "'"$CLIENT"'" && (c.date === "2026-01-04" || c.date === "2026-01-05")).length === 2 && j.tasks.some(t => t.client_id === "'"$CLIENT"'" && t.due === "2026-01-12")'
"$BIN" validate "$TMP/applied.json" > /dev/null || die "the applied book does not validate"
echo '{"command":"record_contact","client_id":"'"$CLIENT"'","date":"2026-01-06","channel":"phone"}' >> "$TMP/cmds.jsonl"
set +e
"$BIN" apply "$TMP/book.json" "$TMP/cmds.jsonl" --out "$TMP/refused.json" --today 2026-01-05 --json > "$TMP/ar.json" 2> /dev/null
code=$?
set -e
((code == 1)) || die "apply with a refused line should exit 1"
[[ ! -e "$TMP/refused.json" ]] || die "apply wrote a book although a line was refused"
check "$TMP/ar.json" "apply names the refused line and why, in both languages" \
  'j.line === 5 && j.problem.code === "date_in_future" && j.problem.message_zh.length > 0 && j.problem.message_en.length > 0'

# a WeChat voice call is recorded as a call (docs/domain.md §2, "Channel and kind")
echo '{"command":"record_contact","client_id":"'"$CLIENT"'","date":"2026-01-05","channel":"wechat","kind":"call","notes":"微信语音"}' > "$TMP/wechat.jsonl"
"$BIN" apply "$TMP/book.json" "$TMP/wechat.jsonl" --out "$TMP/wechat.json" --today 2026-01-05 --json > /dev/null || die "apply of a WeChat call failed"
check "$TMP/wechat.json" "the WeChat call is saved with channel wechat and kind call" \
  'j.contacts.some(c => c.notes === "微信语音" && c.channel === "wechat" && c.kind === "call")'

# the book's own holiday notice (docs/domain.md, "Working calendar"): an example 2027
# National Day break, 1–7 October off, Saturday 9 October worked
echo '{"command":"save_year_arrangement","year":2027,"days_off":[{"first":"2027-10-01","last":"2027-10-07"}],"make_up_working_days":["2027-09-26","2027-10-09"]}' > "$TMP/cal.jsonl"
"$BIN" apply "$TMP/book.json" "$TMP/cal.jsonl" --out "$TMP/cal.json" --today 2026-12-03 --json > /dev/null || die "apply of a holiday notice failed"
"$BIN" agenda "$TMP/cal.json" --from 2027-09-27 --days 14 > "$TMP/cal_a.json" || die "agenda over National Day 2027 failed"
check "$TMP/cal_a.json" "the book's own 2027 notice: 6 Oct is a day off, Saturday 9 Oct a make-up working day" \
  'j.days[9].date === "2027-10-06" && j.days[9].kind === "day_off" && j.days[12].date === "2027-10-09" && j.days[12].kind === "make_up_working"'
"$BIN" agenda "$TMP/book.json" --from 2027-09-27 --days 14 > "$TMP/cal_d.json" || die "agenda over National Day 2027 failed"
check "$TMP/cal_d.json" "without a 2027 notice, 6 Oct 2027 is a working day (the legal default)" \
  'j.days[9].date === "2027-10-06" && j.days[9].kind === "working"'

# report: the weekly pipeline table and summary, the monthly sales analysis (docs/commands.md, "rmplanner report")
"$BIN" report weekly "$TMP/book.json" --date 2026-01-07 > "$TMP/rw.json" || die "report weekly failed"
check "$TMP/rw.json" "report weekly: the week of 2026-01-07 runs Monday 5 to Sunday 11 January, six steps" \
  'j.report === "weekly" && j.week_start === "2026-01-05" && j.week_end === "2026-01-11" && j.pipeline.steps.length === 6'
# Hand count from the book itself: the owner's open opportunities (the demo book is dated 5 January, so
# nothing closed after the week's Sunday), summed per step, match the table's steps and its total.
node -e '
  const f = require("fs");
  const b = JSON.parse(f.readFileSync(process.argv[1], "utf8"));
  const r = JSON.parse(f.readFileSync(process.argv[2], "utf8"));
  const owner = b.settings.owner_manager_id;
  const managerOf = new Map(b.clients.map(c => [c.id, c.manager_id]));
  const mine = b.opportunities.filter(o => !o.deleted && (o.status || "open") === "open" && o.opened_on <= "2026-01-11" &&
    (o.manager_id || managerOf.get(o.client_id)) === owner);
  let total = 0;
  for (const s of r.pipeline.steps) {
    const at = mine.filter(o => (o.step || "find") === s.step);
    const sum = at.reduce((a, o) => a + (o.expected_amount || 0), 0);
    if (at.length !== s.count || sum !== s.amount_fen || s.rows.length !== s.count) {
      console.error("step " + s.step + ": " + at.length + " / " + sum + " by hand, " + s.count + " / " + s.amount_fen + " in the report");
      process.exit(1);
    }
    total += sum;
  }
  if (mine.length === 0 || total !== r.pipeline.open_amount_fen || mine.length !== r.pipeline.open_count) process.exit(1);
' "$TMP/book.json" "$TMP/rw.json" || die "report weekly: the pipeline table does not match a hand count of the book"
check "$TMP/rw.json" "report weekly: the summary counts contacts by kind and writes its sentences in both languages" \
  'j.summary.contacts.total === j.summary.contacts.meetings + j.summary.contacts.calls + j.summary.contacts.messages &&
   j.summary.zh.length === 5 && j.summary.en.length === 5'
"$BIN" report monthly "$TMP/book.json" --date 2025-12-15 > "$TMP/rm.json" || die "report monthly failed"
check "$TMP/rm.json" "report monthly: December 2025, the simulated profit is the sum of its three parts, with the rates used" \
  'j.from === "2025-12-01" && j.to === "2025-12-31" && j.simulated_profit.total_fen ===
     j.simulated_profit.deposit_fen + j.simulated_profit.wealth_product_fen + j.simulated_profit.fee_income_fen &&
   j.simulated_profit.total_fen > 0 && j.simulated_profit.rates.length > 0 && j.compliance.items >= j.compliance.met'
"$BIN" report weekly "$TMP/book.json" --date 2026-01-07 --format csv > "$TMP/rw.csv" || die "report weekly --format csv failed"
grep -q "合计" "$TMP/rw.csv" || die "report weekly --format csv has no total row"
"$BIN" report monthly "$TMP/book.json" --date 2025-12-15 --format html --lang en > "$TMP/rm.html" || die "report monthly --format html failed"
grep -q "@page" "$TMP/rm.html" && grep -q "Simulated profit" "$TMP/rm.html" || die "report monthly --format html is not the printable page"
set +e
"$BIN" report weekly "$TMP/book.json" --date 2026-02-30 > /dev/null 2> "$TMP/err"
code=$?
set -e
((code == 2)) || die "report with a bad date should exit 2, exited $code"
grep -q -- "--date must be a date YYYY-MM-DD" "$TMP/err" || die "report with a bad date: $(cat "$TMP/err")"

# errors: non-zero exit and a one-line reason
expect_error() {
  local code
  set +e
  "$BIN" "$@" > /dev/null 2> "$TMP/err"
  code=$?
  set -e
  ((code != 0)) || die "rmplanner $* should fail"
  [[ $(wc -l < "$TMP/err") -eq 1 ]] || die "rmplanner $* should print one line, printed: $(cat "$TMP/err")"
}
expect_error holidays
expect_error holidays --year 1899
expect_error holidays --year abc
expect_error agenda "$TMP/book.json" --days 0
expect_error agenda "$TMP/book.json" --from 2026-13-01
expect_error agenda "$TMP/missing.json" --days 3
expect_error compliance "$TMP/book.json"
expect_error compliance "$TMP/book.json" --year 2025 --policy nope
expect_error compliance --year 2025
expect_error report weekly "$TMP/book.json" --date 2026-1-7
expect_error report yearly "$TMP/book.json"
expect_error report weekly "$TMP/book.json" --format pdf
expect_error apply "$TMP/book.json" "$TMP/cmds.jsonl"
expect_error apply "$TMP/book.json" "$TMP/missing.jsonl" --out "$TMP/x.json"
expect_error apply "$TMP/book.json" "$TMP/cmds.jsonl" --out "$TMP/x.json" --as auditor
for c in agenda compliance holidays apply backup report; do
  "$BIN" "$c" --help | grep -q "usage: rmplanner $c" || die "$c --help"
done

# encrypted backups (the app's default export): read with the passphrase from
# a file or the environment, never from the command line
printf 'backup 口令 9x\n' > "$TMP/pass.txt"
"$BIN" backup "$TMP/book.json" --out "$TMP/book.rmbackup" --passphrase-file "$TMP/pass.txt" > /dev/null || die "backup failed"
head -c 4 "$TMP/book.rmbackup" | grep -q RMPL || die "backup is not an envelope"
first_name=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).clients[0].name)' "$TMP/book.json")
! grep -q "$first_name" "$TMP/book.rmbackup" || die "the backup holds a client's name in plain text"
"$BIN" validate "$TMP/book.rmbackup" --passphrase-file "$TMP/pass.txt" > "$TMP/vb.txt" || die "validate of an encrypted backup failed"
grep -q "valid" "$TMP/vb.txt" || die "validate of an encrypted backup: $(cat "$TMP/vb.txt")"
"$BIN" stats "$TMP/book.json" --today 2026-01-05 > "$TMP/s_plain.json"
RMPLANNER_PASSPHRASE='backup 口令 9x' "$BIN" stats "$TMP/book.rmbackup" --today 2026-01-05 > "$TMP/s_enc.json" \
  || die "stats of an encrypted backup (passphrase from the environment) failed"
node -e 'const f = require("fs"), r = (p) => { const j = JSON.parse(f.readFileSync(p, "utf8")); delete j.file; return JSON.stringify(j); };
  process.exit(r(process.argv[1]) === r(process.argv[2]) ? 0 : 1)' "$TMP/s_plain.json" "$TMP/s_enc.json" \
  || die "stats differ between a book and its encrypted backup"
"$BIN" apply "$TMP/book.rmbackup" /dev/null --out "$TMP/applied.rmbackup" --passphrase-file "$TMP/pass.txt" > /dev/null \
  || die "apply to an encrypted backup failed"
head -c 4 "$TMP/applied.rmbackup" | grep -q RMPL || die "apply wrote a sealed input out in plain text"
RMPLANNER_PASSPHRASE='backup 口令 9x' "$BIN" validate "$TMP/applied.rmbackup" > /dev/null || die "apply's encrypted output does not open"
printf 'wrong passphrase\n' > "$TMP/wrong.txt"
expect_error validate "$TMP/book.rmbackup" --passphrase-file "$TMP/wrong.txt"
grep -q "Wrong passphrase" "$TMP/err" || die "a wrong passphrase is not named: $(cat "$TMP/err")"
expect_error validate "$TMP/book.rmbackup"
grep -q "passphrase-file" "$TMP/err" || die "a missing passphrase is not explained: $(cat "$TMP/err")"
expect_error stats "$TMP/book.rmbackup" --passphrase-file "$TMP/missing.txt"
"$BIN" validate --help | grep -q "RMPLANNER_PASSPHRASE" || die "validate --help does not document the passphrase"
# a backup the browser sealed (web/js/envelope.js under Node's WebCrypto) opens here
node -e '
  const E = require("./web/js/envelope.js"), fs = require("fs");
  E.sealBackup(fs.readFileSync(process.argv[1]), { passphrase: "backup 口令 9x" })
    .then((b) => fs.writeFileSync(process.argv[2], b));' "$TMP/book.json" "$TMP/js.rmbackup" || die "JS backup failed"
"$BIN" validate "$TMP/js.rmbackup" --passphrase-file "$TMP/pass.txt" > /dev/null || die "a browser-made backup does not open in the CLI"
# the weekly hand-in (docs/data-format.md, "Weekly hand-in"): encrypted like a
# backup, opened here with the browser's own envelope code; scope plan, no
# settings, only the week's work log, every client and opportunity
"$BIN" backup "$TMP/book.json" --hand-in 2026-01-05 --out "$TMP/handin.rmbackup" --passphrase-file "$TMP/pass.txt" \
  > /dev/null || die "backup --hand-in failed"
! grep -q "$first_name" "$TMP/handin.rmbackup" || die "the hand-in holds a client's name in plain text"
node -e '
  const E = require("./web/js/envelope.js"), fs = require("fs");
  E.openBackup("backup 口令 9x", fs.readFileSync(process.argv[1]))
    .then((b) => fs.writeFileSync(process.argv[2], Buffer.from(b)));' "$TMP/handin.rmbackup" "$TMP/handin.json" \
  || die "the hand-in does not open with the browser's envelope code"
node -e '
  const fs = require("fs");
  fs.writeFileSync(process.argv[3], JSON.stringify({ book: JSON.parse(fs.readFileSync(process.argv[1], "utf8")),
                                                     hand: JSON.parse(fs.readFileSync(process.argv[2], "utf8")) }));
' "$TMP/book.json" "$TMP/handin.json" "$TMP/handin_pair.json"
check "$TMP/handin_pair.json" "the hand-in: scope plan, no settings, every client and opportunity, only the week's work log" \
  'j.hand.scope === "plan" && !j.hand.settings && j.hand.clients.length === j.book.clients.length &&
   (j.hand.opportunities || []).length === (j.book.opportunities || []).length &&
   (j.hand.work_log || []).every(w => w.deleted || (w.date >= "2026-01-05" && w.date <= "2026-01-11")) &&
   (j.hand.work_log || []).length < (j.book.work_log || []).length'
expect_error backup "$TMP/book.json" --hand-in 2026-13-05 --out "$TMP/bad.rmbackup" --passphrase-file "$TMP/pass.txt"

# money: one amount is at most 10^15 fen, and a total over many such amounts
# saturates instead of overflowing (stats once printed a negative total)
node -e '
  const { randomUUID } = require("crypto");
  const actor = randomUUID();
  const clients = [];
  for (let i = 0; i < 10000; i++)
    clients.push({ id: randomUUID(), created: "1767600000000:0:" + actor, name: "客户" + i, average_daily_assets: 1e15,
                   assets_elsewhere: 1e15, annual_income: 1e15 });
  const house = { id: randomUUID(), created: "1767600000000:0:" + actor, name: "家庭",
    balance_sheet: Object.fromEntries(["cash_and_deposits","wealth_products","bonds","funds","stocks","other_investments",
      "real_estate","other_assets","mortgage","other_loans","credit_cards"].map(k => [k, 1e15])),
    income_statement: Object.fromEntries(["pretax_income","aftertax_income","living_expenses","debt_service",
      "insurance_premiums","other_expenses"].map(k => [k, 1e15])) };
  const book = { format: "rmplanner-bundle", schema_version: 3, exported_by: actor, exported_at: "2026-01-05T10:00:00.000Z",
                 clients, households: [house] };
  require("fs").writeFileSync(process.argv[1], JSON.stringify(book));
  book.clients[3].average_daily_assets = 1e15 + 1;
  require("fs").writeFileSync(process.argv[2], JSON.stringify(book));
' "$TMP/rich.json" "$TMP/too_rich.json"
"$BIN" stats "$TMP/rich.json" --today 2026-01-05 --policy bank_a > "$TMP/s_rich.json" || die "stats of 10 000 clients at the largest amount failed"
check "$TMP/s_rich.json" "10 000 clients at 10^15 fen: no tier total is negative, the top tier's total saturates at INT64_MAX" \
  'j.clients === 10000 && j.tiers.every(t => t.average_daily_assets_fen >= 0) && j.tiers.some(t => t.average_daily_assets_fen >= 9.2e18) && j.households === 1'
# validate lists each problem on stdout and sums up on stderr.
"$BIN" validate "$TMP/too_rich.json" > "$TMP/rich_problems" 2> /dev/null && die "an amount above 10^15 fen is accepted"
grep -q "clients\[3\].average_daily_assets" "$TMP/rich_problems" || die "an amount above 10^15 fen is not refused by path: $(cat "$TMP/rich_problems")"

# merge: two copies of the demo book edited apart (each `apply` run is its own
# device, with its own actor id), merged field by field (docs/data-format.md,
# "Merging files on the command line")
CLIENT1=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).clients[1].id)' "$TMP/book.json")
edit_notes() {  # edit_notes OUT CLIENT TEXT
  echo '{"command":"update_client_profile","client_id":"'"$2"'","changes":{"notes":"'"$3"'"}}' > "$TMP/edit.jsonl"
  "$BIN" apply "$TMP/book.json" "$TMP/edit.jsonl" --out "$1" --today 2026-01-05 > /dev/null || die "apply (notes) failed"
}
run_status() {  # run_status OUT ERR rmplanner-args…: sets $code
  local out="$1" err="$2"
  shift 2
  set +e
  "$BIN" "$@" > "$out" 2> "$err"
  code=$?
  set -e
}
edit_notes "$TMP/mA.json" "$CLIENT" "经理的备注"
edit_notes "$TMP/mB.json" "$CLIENT1" "主管的备注"
edit_notes "$TMP/mD.json" "$CLIENT" "另一台设备的备注"
run_status "$TMP/m_ab.json" "$TMP/m_ab.err" merge "$TMP/mA.json" "$TMP/mB.json" --out "$TMP/mAB.json"
((code == 0)) || die "merge of edits of different clients should exit 0, exited $code: $(cat "$TMP/m_ab.err")"
check "$TMP/m_ab.json" "merge reports one client updated, no conflict, every kind listed" \
  'j.out.endsWith("mAB.json") && j.updated === 1 && j.conflicts.length === 0 && j.clamped_stamps === 0 && j.kinds.find(k => k.kind === "clients").updated === 1 && j.kinds.every(k => ["added","updated","deleted","revived","unchanged"].every(f => Number.isInteger(k[f])))'
check "$TMP/mAB.json" "the merged book has both edits" \
  'j.clients.find(c => c.id === "'"$CLIENT"'").notes === "经理的备注" && j.clients.find(c => c.id === "'"$CLIENT1"'").notes === "主管的备注"'
"$BIN" validate "$TMP/mAB.json" > /dev/null || die "the merged book does not validate"
[[ ! -e "$TMP/mAB.json.tmp" ]] || die "merge left its temporary file behind"
run_status "$TMP/m_ad.json" "$TMP/m_ad.err" merge "$TMP/mA.json" "$TMP/mD.json" --out "$TMP/mAD.json"
((code == 3)) || die "merge of two unseen edits of one field should exit 3, exited $code: $(cat "$TMP/m_ad.err")"
check "$TMP/m_ad.json" "merge lists the conflict: kind, id, label, field, both values, both stamps" \
  'j.conflicts.length === 1 && j.conflicts[0].kind === "clients" && j.conflicts[0].id === "'"$CLIENT"'" && j.conflicts[0].label.length > 0 && j.conflicts[0].field === "notes" && [j.conflicts[0].value, j.conflicts[0].other_value].sort().join("|") === ["另一台设备的备注", "经理的备注"].sort().join("|") && /^\d+:\d+:[0-9a-f-]{36}$/.test(j.conflicts[0].stamp) && /^\d+:\d+:[0-9a-f-]{36}$/.test(j.conflicts[0].other_stamp) && j.conflicts[0].stamp !== j.conflicts[0].other_stamp'
check "$TMP/mAD.json" "the merged book keeps the other value as a conflict on the record" \
  'j.clients.find(c => c.id === "'"$CLIENT"'")._conflicts.length === 1'
# refused: nothing written, exit 2, the reason in English and Chinese
head -c 2000 "$TMP/mB.json" > "$TMP/truncated.json"
node -e 'const f = require("fs"), j = JSON.parse(f.readFileSync(process.argv[1], "utf8")); j.schema_version = 99; f.writeFileSync(process.argv[2], JSON.stringify(j))' "$TMP/mB.json" "$TMP/newer.json"
for bad in truncated newer missing; do
  run_status "$TMP/m_bad.json" "$TMP/m_bad.err" merge "$TMP/mA.json" "$TMP/$bad.json" --out "$TMP/m_bad_out.json"
  ((code == 2)) || die "merge with a $bad file should exit 2, exited $code"
  [[ ! -e "$TMP/m_bad_out.json" && ! -e "$TMP/m_bad_out.json.tmp" ]] || die "merge wrote C although B ($bad) was refused"
  [[ ! -s "$TMP/m_bad.json" ]] || die "merge printed a report although B ($bad) was refused"
  grep -q "nothing was written" "$TMP/m_bad.err" && grep -q "未写入任何文件" "$TMP/m_bad.err" \
    || die "merge's refusal of a $bad file is not in English and Chinese: $(cat "$TMP/m_bad.err")"
done
run_status "$TMP/m_bad.json" "$TMP/m_bad.err" merge "$TMP/mA.json" "$TMP/newer.json" --out "$TMP/m_bad_out.json"
grep -q "newer RM Planner" "$TMP/m_bad.err" || die "a newer version's file is not named as such: $(cat "$TMP/m_bad.err")"
run_status "$TMP/m_bad.json" "$TMP/m_bad.err" merge "$TMP/mA.json" "$TMP/mB.json"
((code == 2)) || die "merge without --out should exit 2"
# an encrypted backup merges with the passphrase, and the result stays sealed
"$BIN" backup "$TMP/mA.json" --out "$TMP/mA.rmbackup" --passphrase-file "$TMP/pass.txt" > /dev/null || die "backup of mA failed"
run_status "$TMP/m_enc.json" "$TMP/m_enc.err" merge "$TMP/mA.rmbackup" "$TMP/mB.json" --out "$TMP/mAB.rmbackup" --passphrase-file "$TMP/pass.txt"
((code == 0)) || die "merge of an encrypted backup should exit 0, exited $code: $(cat "$TMP/m_enc.err")"
head -c 4 "$TMP/mAB.rmbackup" | grep -q RMPL || die "merge wrote a sealed input out in plain text"
run_status "$TMP/m_enc.json" "$TMP/m_enc.err" merge "$TMP/mA.rmbackup" "$TMP/mB.json" --out "$TMP/m_bad_out.json" --passphrase-file "$TMP/wrong.txt"
((code == 2)) && [[ ! -e "$TMP/m_bad_out.json" ]] || die "merge with a wrong passphrase should exit 2 and write nothing"
grep -q "Wrong passphrase" "$TMP/m_enc.err" || die "merge does not name a wrong passphrase: $(cat "$TMP/m_enc.err")"

# branch-report: a folder of files, one of them unreadable
mkdir "$TMP/branch"
cp "$TMP/mAB.json" "$TMP/branch/li.json"
"$BIN" demo --clients 40 --seed 8 --today 2026-01-05 --out "$TMP/branch/wang.json" || die "demo (second book) failed"
cp "$TMP/truncated.json" "$TMP/branch/broken.json"
run_status "$TMP/br.json" "$TMP/br.err" branch-report "$TMP/branch" --today 2026-01-05 --year 2025
((code == 0)) || die "branch-report should exit 0 with one bad file among good ones, exited $code: $(cat "$TMP/br.err")"
grep -q "broken.json" "$TMP/br.err" || die "branch-report does not name the skipped file on stderr"
check "$TMP/br.json" "branch-report reads two files and lists the broken one as skipped" \
  'j.files.length === 2 && j.skipped.length === 1 && j.skipped[0].file.endsWith("broken.json") && j.skipped[0].code === "not_json" && j.skipped[0].zh.length > 0 && j.as_of === "2026-01-05" && j.from === "2025-01-01" && j.to === "2026-01-01" && j.week_start === "2026-01-05"'
check "$TMP/br.json" "branch-report: per manager compliance per tier, load, pipeline by the six steps" \
  'j.managers.length >= 1 && j.managers.every(m => m.compliance.length > 0 && m.compliance.every(t => t.items >= t.met + t.overdue) && m.pipeline.length === 6 && m.pipeline.map(s => s.step).join() === "find,contact,needs,proposal,presentation,maintenance" && Number.isInteger(m.staffing_load_percent) && m.clients === m.compliance.reduce((a, t) => a + t.clients, 0) && m.overdue_rule_items === m.compliance.reduce((a, t) => a + t.overdue, 0) && m.week_target_amount_fen === null)'
# the figures against the files themselves (each book's own records; the two books share none)
node -e '
  const f = require("fs"), r = JSON.parse(f.readFileSync(process.argv[1], "utf8"));
  const books = process.argv.slice(2).map(p => JSON.parse(f.readFileSync(p, "utf8")));
  const live = (k) => books.flatMap(b => (b[k] || []).filter(x => !x.deleted));
  const open = live("opportunities").filter(o => (o.status || "open") === "open");
  const fen = open.reduce((a, o) => a + (o.expected_amount || 0), 0);
  const submitted = live("communication_reports").filter(x => x.review === "submitted").length;
  const overdue = live("tasks").filter(t => !t.done_on && t.due < "2026-01-05").length;
  const unassigned = live("clients").filter(c => !c.manager_id).length;
  const sum = (k) => r.managers.reduce((a, m) => a + m[k].length, 0);
  const fails = [];
  if (r.pipeline_amount_fen !== fen) fails.push("pipeline " + r.pipeline_amount_fen + " != " + fen);
  if (r.pipeline.reduce((a, s) => a + s.open, 0) !== open.length) fails.push("open opportunities");
  if (sum("reports_awaiting_review") !== submitted) fails.push("reports awaiting review " + sum("reports_awaiting_review") + " != " + submitted);
  if (sum("overdue_tasks") !== overdue) fails.push("overdue tasks " + sum("overdue_tasks") + " != " + overdue);
  const plans = live("financial_plans").filter(x => x.review === "submitted").length;
  if (sum("plans_awaiting_review") !== plans) fails.push("plans awaiting review " + sum("plans_awaiting_review") + " != " + plans);
  if (r.unassigned_clients.length !== unassigned) fails.push("unassigned");
  // Complaints not resolved, with their next step (docs/domain.md §6, "Complaints").
  const complaints = live("complaints").filter(k => !k.resolved_on).length;
  if (r.open_complaints.length !== complaints) fails.push("open complaints " + r.open_complaints.length + " != " + complaints);
  if (r.managers.reduce((a, m) => a + m.open_complaints, 0) !== complaints) fails.push("open complaints per manager");
  if (!r.open_complaints.every(k => k.next_step && /^\d{4}-\d\d-\d\d$/.test(k.due) && typeof k.overdue === "boolean")) fails.push("open complaint fields");
  if (fails.length) { console.error("cli.sh: FAIL: branch-report figures: " + fails.join("; ")); process.exit(1); }
' "$TMP/br.json" "$TMP/branch/li.json" "$TMP/branch/wang.json" || exit 1
rm "$TMP/branch/li.json" "$TMP/branch/wang.json"
run_status "$TMP/br.json" "$TMP/br.err" branch-report "$TMP/branch" --today 2026-01-05
((code == 1)) || die "branch-report with no readable file should exit 1, exited $code"
check "$TMP/br.json" "branch-report with no readable file still lists it" 'j.files.length === 0 && j.skipped.length === 1'
run_status "$TMP/br.json" "$TMP/br.err" branch-report "$TMP/branch/broken.json"
((code == 2)) || die "branch-report of a file, not a folder, should exit 2, exited $code"
# plan: a client's financial plan as one print-ready HTML file (docs/commands.md)
cat > "$TMP/plan.jsonl" <<JSONL
{"command":"save_financial_plan","client_id":"$CLIENT","goals":[{"kind":"children_education","name":"<script>女儿读书</script>","amount":30000000,"year":2030},{"kind":"retirement","name":"退休","amount":900000000000,"year":2035,"priority":2}]}
JSONL
"$BIN" apply "$TMP/book.json" "$TMP/plan.jsonl" --out "$TMP/planned.json" --today 2026-01-05 --json > /dev/null || die "apply of save_financial_plan failed"
run_status "$TMP/plan.json" "$TMP/plan.err" plan "$TMP/planned.json" --client "$CLIENT" --out "$TMP/plan.html" --today 2026-01-05
((code == 0)) || die "plan should exit 0, exited $code: $(cat "$TMP/plan.err")"
check "$TMP/plan.json" "plan writes the latest version, two goals, and judges an unattainable retirement infeasible by name"   'j.version >= 1 && j.goals === 2 && j.plan !== null && j.review === "draft" && j.review_date === "2027-01-05" && (j.feasible === false ? j.feasibility_zh.includes("退休") && j.feasibility_en.includes("退休") : j.feasible === null) && j.bytes > 5000'
NAME=$(node -e 'const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(j.clients.find(c => c.id === process.argv[2]).name)' "$TMP/book.json" "$CLIENT")
grep -q "$NAME" "$TMP/plan.html" || die "the plan does not name the client $NAME"
for ratio in 偿付比率 负债比率 负债收入比率 流动性比率 储蓄比率 投资与净资产比率 'id="allocation"\|客户尚无风险等级' 风险提示 '@page'; do
  grep -q "$ratio" "$TMP/plan.html" || die "the plan HTML lacks $ratio"
done
grep -q "&lt;script&gt;女儿读书" "$TMP/plan.html" || die "the plan does not escape a goal's name"
! grep -q "<script" "$TMP/plan.html" || die "the plan HTML carries a script"
! grep -Eq '(src|href)="(https?:)?//' "$TMP/plan.html" || die "the plan HTML fetches something"
OTHER=$(node -e 'const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(j.clients.find(c => !c.deleted && !(j.financial_plans || []).some(p => !p.deleted && p.client_id === c.id)).id)' "$TMP/planned.json")
run_status "$TMP/plan2.json" "$TMP/plan2.err" plan "$TMP/planned.json" --client "$OTHER" --out "$TMP/plan2.html" --today 2026-01-05
((code == 0)) || die "plan of a client with no plan should exit 0, exited $code"
grep -q "no plan yet" "$TMP/plan2.err" || die "plan of a client with no plan does not say so on stderr"
check "$TMP/plan2.json" "a client with no plan: written from the figures with no goals" 'j.plan === null && j.goals === 0 && j.version === 0'
run_status "$TMP/plan3.json" "$TMP/plan3.err" plan "$TMP/planned.json" --client 00000000-0000-4000-8000-000000000000 --out "$TMP/plan3.html"
((code == 1)) && [[ ! -e "$TMP/plan3.html" ]] || die "plan of an unknown client should exit 1 and write nothing"
grep -q "no client with id" "$TMP/plan3.err" || die "plan does not name an unknown client"
run_status "$TMP/plan3.json" "$TMP/plan3.err" plan "$TMP/planned.json" --out "$TMP/plan3.html"
((code == 2)) || die "plan without --client should exit 2"

for c in merge branch-report plan; do
  "$BIN" "$c" --help | grep -q "usage: rmplanner $c" || die "$c --help"
done

echo "cli.sh: all CLI checks passed"
