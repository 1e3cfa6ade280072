// The peer of the benchmark (bench/peer_bench.js, docs/benchmarks.md "Peer"):
// the same book in Dexie.js 4 over IndexedDB, as a web team would build the
// CRM — one table per record kind, the indexes the screens need, derived
// fields (tier, last contact, pinyin initials) kept on the client record so
// that the Clients screen's filters are index range reads. Plain JSON values,
// no encryption (RM Planner's store is encrypted; the peer gets that for free).
'use strict';

(function () {
  const KINDS = ['branches', 'managers', 'supervisors', 'clients', 'households', 'products', 'holdings',
    'contacts', 'tasks', 'opportunities', 'communication_reports', 'work_log', 'client_events',
    'complaints', 'risk_assessments'];
  const SCHEMA = {
    clients: 'id, name, *initials, tier, manager_id, household_id, last_contact, [tier+last_contact], *tags',
    households: 'id', products: 'id', branches: 'id', managers: 'id', supervisors: 'id',
    holdings: 'id, client_id, maturity', contacts: 'id, client_id, date, [client_id+date]',
    tasks: 'id, client_id', opportunities: 'id, client_id, status', communication_reports: 'id, client_id',
    work_log: 'id, date', client_events: 'id', complaints: 'id, client_id',
    risk_assessments: 'id, client_id, [client_id+date]', meta: 'key',
  };
  // Bank A's tiers (docs/domain.md "Tiers"): A below 1 000 000 CNY, B to 3 000 000, C above; fen.
  function tierOf(c) {
    if (c.tier_override && c.tier_override.tier) return c.tier_override.tier;
    const a = c.average_daily_assets || 0;
    return a < 100000000 ? 'A' : a < 300000000 ? 'B' : 'C';
  }
  // "Overdue" as a web team would index it: no contact within the tier's
  // pace (6-4-2: a service every 2 months for A; 12-4-2: monthly for B and C).
  const PACE_DAYS = { A: 61, B: 30, C: 30 };
  const dayStr = (ms) => new Date(ms).toISOString().slice(0, 10);

  let db = null;
  function openDb() {
    db = new Dexie('peer-crm', { chromeTransactionDurability: 'strict' });
    db.version(1).stores(SCHEMA);
    return db.open();
  }

  const now = () => performance.now();

  async function importBook(bundle, initials) {
    const t0 = now();
    await Dexie.delete('peer-crm');
    await openDb();
    const last = new Map();
    for (const c of bundle.contacts || []) {
      if (c.deleted) continue;
      if (!last.has(c.client_id) || last.get(c.client_id) < c.date) last.set(c.client_id, c.date);
    }
    const tables = KINDS.filter((k) => Array.isArray(bundle[k]));
    await db.transaction('rw', tables.map((k) => db.table(k)), async () => {
      for (const k of tables) {
        let rows = bundle[k];
        if (k === 'clients') {
          rows = rows.map((c) => Object.assign({}, c, { tier: tierOf(c), last_contact: last.get(c.id) || '0000-00-00',
            initials: initials[c.id] ? [initials[c.id]] : [] }));
        }
        await db.table(k).bulkAdd(rows);
      }
    });
    await db.table('meta').put({ key: 'settings', value: bundle.settings });
    return { ms: now() - t0, tables: tables.length };
  }

  // Everything the Clients screen shows: each client with tier, AUM, age,
  // risk level, last contact, days since, next maturity, manager name, tags.
  let rows = null;
  async function open() {
    if (db) db.close();
    rows = null;
    const t0 = now();
    await openDb();
    const [clients, managers, holdings, risks] = await Promise.all([
      db.clients.toArray(), db.managers.toArray(), db.holdings.toArray(), db.risk_assessments.toArray()]);
    const mgr = new Map(managers.map((m) => [m.id, m.name]));
    const nextMat = new Map();
    const today = dayStr(Date.now());
    for (const h of holdings) {
      if (h.deleted || !h.maturity || h.maturity < today) continue;
      const cur = nextMat.get(h.client_id);
      if (!cur || h.maturity < cur) nextMat.set(h.client_id, h.maturity);
    }
    const risk = new Map();
    for (const r of risks) {
      if (r.deleted) continue;
      const cur = risk.get(r.client_id);
      if (!cur || cur.date < r.date) risk.set(r.client_id, r);
    }
    const year = new Date().getFullYear();
    const msDay = 86400000;
    rows = clients.filter((c) => !c.deleted).map((c) => ({
      id: c.id, name: c.name, tier: c.tier, aum: c.average_daily_assets || 0,
      age: c.birthday ? year - Number(c.birthday.slice(0, 4)) : null,
      risk: risk.has(c.id) ? risk.get(c.id).level : null,
      last_contact: c.last_contact,
      days_since: c.last_contact > '0000' ? Math.floor((Date.now() - Date.parse(c.last_contact)) / msDay) : null,
      next_maturity: nextMat.get(c.id) || null, manager: mgr.get(c.manager_id) || '', tags: c.tags || [],
    }));
    rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { ms: now() - t0, clients: rows.length };
  }

  async function filter(tier) {
    const t0 = now();
    const cutoff = dayStr(Date.now() - PACE_DAYS[tier] * 86400000);
    const hits = await db.clients.where('[tier+last_contact]').between([tier, Dexie.minKey], [tier, cutoff], true, false).toArray();
    hits.sort((a, b) => (a.name < b.name ? -1 : 1));
    return { ms: now() - t0, count: hits.length };
  }

  async function search(q) {
    const t0 = now();
    const hits = await db.clients.where('initials').startsWith(q).toArray();
    hits.sort((a, b) => (a.name < b.name ? -1 : 1));
    return { ms: now() - t0, count: hits.length };
  }

  async function update(ids, employer) {
    const t0 = now();
    await db.transaction('rw', db.clients, async () => {
      for (const id of ids) await db.clients.update(id, { employer });
    });
    return { ms: now() - t0, count: ids.length };
  }

  async function exportAll() {
    const t0 = now();
    const out = { format: 'peer-bundle' };
    await db.transaction('r', KINDS.map((k) => db.table(k)), async () => {
      for (const k of KINDS) out[k] = await db.table(k).toArray();
    });
    const text = JSON.stringify(out);
    return { ms: now() - t0, bytes: text.length };
  }

  window.peer = { importBook, open, filter, search, update, exportAll, rowsHeld: () => (rows ? rows.length : 0) };
})();
