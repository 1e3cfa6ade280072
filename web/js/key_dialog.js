// The backup dialog's key parts (web/js/backup.js builds the dialog): the
// choice "encrypt to my supervisor (name, fingerprint)", the manager's
// import of her supervisor's public key file, and the supervisor's own key
// pair — made here, its public key downloaded as a small .pub.json file, its
// private key kept non-extractable on this device (web/js/key_store.js).
// docs/data-format.md, "Sealed to a public key".
'use strict';
(function () {
  const MSG = {
    toSupervisor: (k) => [`加密给我的主管：${k.name}${k.employee_no ? '（' + k.employee_no + '）' : ''}，公钥指纹 ${RMPublicKeySeal.shortFingerprint(k.fingerprint)}（只有主管的私钥能打开）`,
      `Encrypt to my supervisor: ${k.name}${k.employee_no ? ' (' + k.employee_no + ')' : ''}, key fingerprint ${RMPublicKeySeal.shortFingerprint(k.fingerprint)} (only her private key opens it)`],
    exportedTo: (k) => [`已导出加密给 ${k.name} 的文件。`, `File encrypted to ${k.name} exported.`],
    keysTitle: ['密钥文件', 'Key files'],
    supervisorNone: ['尚未导入主管的公钥。导入后，导出时可选择“加密给我的主管”。',
      'No supervisor public key yet. Once imported, exports can be encrypted to your supervisor.'],
    supervisorIs: (k) => [`主管公钥：${k.name}${k.employee_no ? '（' + k.employee_no + '）' : ''}，指纹 ${RMPublicKeySeal.shortFingerprint(k.fingerprint)}`,
      `Supervisor's key: ${k.name}${k.employee_no ? ' (' + k.employee_no + ')' : ''}, fingerprint ${RMPublicKeySeal.shortFingerprint(k.fingerprint)}`],
    importSupervisor: ['导入主管的公钥文件（.pub.json）', "Import your supervisor's public key file (.pub.json)"],
    imported: (k) => [`已导入 ${k.name} 的公钥（指纹 ${RMPublicKeySeal.shortFingerprint(k.fingerprint)}），请与主管核对指纹。`,
      `Imported ${k.name}'s public key (fingerprint ${RMPublicKeySeal.shortFingerprint(k.fingerprint)}); check the fingerprint with her.`],
    ownNone: ['主管：创建密钥对后，把公钥文件发给客户经理；私钥只保存在本机，不会出现在任何导出中。',
      'Supervisors: create a key pair and give the public key file to your managers; the private key stays on this device and is in no export.'],
    ownIs: (k) => [`我的密钥对：${k.name}，指纹 ${RMPublicKeySeal.shortFingerprint(k.fingerprint)}`,
      `My key pair: ${k.name}, fingerprint ${RMPublicKeySeal.shortFingerprint(k.fingerprint)}`],
    name: ['姓名', 'Name'],
    employeeNo: ['工号', 'Employee no.'],
    create: ['创建密钥对', 'Create key pair'],
    created: ['已创建密钥对，请下载公钥文件发给客户经理。', 'Key pair created; download the public key file for your managers.'],
    download: ['下载公钥文件', 'Download public key file'],
  };
  const { pair, setText, el, $, show } = RMDom;
  const data = () => window.rmplanner.data;

  // The radio of the export choice (name backup-key, as backup.js's own).
  function exportChoice() {
    const input = el('input', { type: 'radio', name: 'backup-key', id: 'backup-use-supervisor' });
    const text = el('span', { id: 'backup-use-supervisor-text' });
    const label = el('label', { className: 'store-check', htmlFor: 'backup-use-supervisor', id: 'backup-supervisor-choice' }, input, text);
    show(label, false);
    return label;
  }

  function message(m) { setText($('keys-message'), m); setText($('keys-error'), null); }
  function error(err) {
    const d = RMMessages.describe(err);
    setText($('keys-message'), null);
    setText($('keys-error'), [d.message_zh, d.message_en]);
  }

  function section() {
    const field = (id, m) => {
      const label = el('label', { htmlFor: id });
      setText(label, m);
      return [label, el('input', { type: 'text', id })];
    };
    const importLabel = el('label', { htmlFor: 'keys-supervisor-file' });
    setText(importLabel, MSG.importSupervisor);
    const create = el('button', { type: 'button', id: 'keys-create' });
    setText(create, MSG.create);
    const download = el('button', { type: 'button', id: 'keys-download' });
    setText(download, MSG.download);
    const title = el('p');
    title.style.fontWeight = '600';
    setText(title, MSG.keysTitle);
    const box = el('div', { id: 'keys-section' },
      el('hr'), title,
      el('p', { id: 'keys-supervisor-status' }), importLabel,
      el('input', { type: 'file', id: 'keys-supervisor-file', accept: '.json,application/json' }),
      el('p', { id: 'keys-own-status' }),
      el('div', { id: 'keys-own-fields', className: 'store-field' }, ...field('keys-name', MSG.name), ...field('keys-employee-no', MSG.employeeNo)),
      create, download,
      el('p', { id: 'keys-message', className: 'store-busy' }),
      el('p', { id: 'keys-error', className: 'store-error' }));
    box.querySelector('#keys-message').setAttribute('role', 'status');
    box.querySelector('#keys-error').setAttribute('role', 'alert');
    box.querySelector('#keys-supervisor-file').addEventListener('change', importSupervisor);
    create.addEventListener('click', createKeyPair);
    download.addEventListener('click', downloadPublicKey);
    return box;
  }

  // Shows what this device holds; the export choice appears once a
  // supervisor's key is here.
  async function refresh() {
    let sup = null, own = null;
    try { [sup, own] = await Promise.all([data().supervisorKey(), data().ownPublicKey()]); } catch (e) { error(e); }
    setText($('keys-supervisor-status'), sup ? MSG.supervisorIs(sup) : MSG.supervisorNone);
    setText($('keys-own-status'), own ? MSG.ownIs(own) : MSG.ownNone);
    show($('keys-own-fields'), !own);
    show($('keys-create'), !own);
    show($('keys-download'), !!own);
    const choice = $('backup-supervisor-choice');
    if (choice) {
      show(choice, !!sup);
      if (sup) setText($('backup-use-supervisor-text'), MSG.toSupervisor(sup));
      else $('backup-use-supervisor').checked = false;
    }
    return { supervisor: sup, own };
  }

  async function importSupervisor() {
    const f = $('keys-supervisor-file').files && $('keys-supervisor-file').files[0];
    if (!f) return;
    try {
      const k = await data().importPublicKey(new Uint8Array(await f.arrayBuffer()));
      await refresh();
      message(MSG.imported(k));
    } catch (e) { error(e); } finally { $('keys-supervisor-file').value = ''; }
  }

  async function createKeyPair() {
    try {
      await data().createKeyPair({ name: $('keys-name').value, employee_no: $('keys-employee-no').value });
      await refresh();
      message(MSG.created);
    } catch (e) { error(e); }
  }

  async function downloadPublicKey() {
    try {
      const k = await data().ownPublicKey();
      if (!k) return;
      const tag = (k.employee_no || k.fingerprint.slice(0, 8)).replace(/[^A-Za-z0-9_-]/g, '');
      RMPlatform.download('rmplanner-public-key-' + tag + '.pub.json', 'application/json',
        new TextEncoder().encode(JSON.stringify(k, null, 2) + '\n'));
    } catch (e) { error(e); }
  }

  // For backup.js's export: the book, or with HANDIN the week's hand-in,
  // sealed to the supervisor's key, downloaded.
  async function exportToSupervisor(stamp, handIn) {
    const k = await data().supervisorKey();
    const bytes = await data().exportBundle({ to: 'supervisor', handIn: handIn === true });
    RMPlatform.download((handIn ? 'rmplanner-handin-' : 'rmplanner-plan-') + stamp + '.rmplan', 'application/octet-stream', bytes);
    return MSG.exportedTo(k);
  }

  window.RMKeyDialog = Object.freeze({ exportChoice, section, refresh, exportToSupervisor });
})();
