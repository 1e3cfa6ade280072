// RMMessages — the page's own messages (storage, restore points), each in
// both languages as [zh, en]: Chinese first, as the page shows them. Errors
// carry the fields of rm::Problem (code, message_zh, message_en), so the C++
// side's problems and these read alike.
'use strict';

(function () {
  // Record kinds by their bundle key, as the import preview names them.
  const KIND = {
    branches: ['网点', 'Branches'], managers: ['客户经理', 'Managers'], supervisors: ['主管', 'Supervisors'],
    clients: ['客户', 'Clients'], households: ['家庭', 'Households'], products: ['产品', 'Products'],
    holdings: ['持有产品', 'Holdings'], contacts: ['联络记录', 'Contacts'], tasks: ['任务', 'Tasks'],
    opportunities: ['商机', 'Opportunities'], communication_reports: ['沟通报告', 'Communication reports'],
    work_log: ['工作日志', 'Work log'], client_events: ['客户活动', 'Client events'], complaints: ['投诉', 'Complaints'],
    risk_assessments: ['风险测评', 'Risk assessments'], client_views: ['客户视图', 'Client views'],
    financial_plans: ['理财规划书', 'Financial plans'], review_comments: ['审阅意见', 'Review comments'],
    reassignments: ['客户移交', 'Reassignments'], weekly_targets: ['周目标', 'Weekly targets'],
  };

  // The storage layer's messages (web/js/storage.js and the files it names).
  const MSG = {
    saving: ['正在保存…', 'Saving…'],
    saved: ['已保存', 'Saved'],
    failed: ['保存失败', 'Save failed'],
    quota: ['存储空间已满：最近的修改尚未保存，但仍在内存中，没有丢失。请先导出备份，再在浏览器设置中释放空间；保存会自动重试。',
      'Storage is full: recent changes are not saved yet, but they are still in memory and nothing is lost. Export a backup, then free space in the browser settings; saving is retried automatically.'],
    writeFailed: ['最近的修改尚未保存（仍在内存中，没有丢失），稍后自动重试。如持续失败，请导出备份。',
      'Recent changes are not saved yet (they are still in memory, nothing is lost); retrying shortly. If this persists, export a backup.'],
    readOnly: ['只读：此数据已在另一个标签页或窗口中打开。本页不会保存任何修改；请在那个标签页中工作，或关闭它，本页随即接管。',
      'Read-only: this book is open in another tab or window. Nothing is saved from this page; work in that tab, or close it and this one takes over.'],
    tookOver: ['另一个标签页已关闭，本页已重新读取数据，现在可以保存修改。', 'The other tab closed; this tab re-read the book and now saves changes.'],
    memoryOnly: ['浏览器不允许本地存储（可能处于隐私/无痕模式）。数据只保存在内存中，关闭页面即丢失——请在关闭前导出备份。',
      'This browser does not allow local storage (private browsing?). Data lives only in memory and is lost when the page closes — export a backup before closing.'],
    backup: ['已超过 7 天未导出备份。', 'No backup exported in the last 7 days.'],
    exportBackup: ['导出备份', 'Export backup'],
    backupNeedsPassphrase: ['当前数据未加密：请为备份设置一个导出口令（至少 8 个字符）。',
      'This book is not encrypted: choose an export passphrase for the backup (at least 8 characters).'],
    // Importing (web/js/hook.js, web/js/backup.js): the preview and its fail-safe.
    confirmDeletions: (n, kind, kd, kl) => [
      `此文件将删除 ${n} 条记录（${KIND[kind] ? KIND[kind][0] : kind}：${kl} 条中的 ${kd} 条）。未导入任何内容：请查看预览并确认删除后再导入。`,
      `This file would delete ${n} records (${KIND[kind] ? KIND[kind][1] : kind}: ${kd} of ${kl}). Nothing was imported: look at the preview and confirm the deletions first.`],
    noRestorePointBeforeImport: ['导入前无法保存还原点，因此未导入任何内容。', 'A restore point could not be saved before the import, so nothing was imported.'],
    backupNeedsPassphraseToOpen: ['这是加密备份：请输入备份的口令。', 'This is an encrypted backup: enter its passphrase.'],
    mismatch: ['两次输入的口令不一致。', 'The two passphrases differ.'],
    tooShort: ['口令至少需要 8 个字符。', 'The passphrase needs at least 8 characters.'],
    emptyPass: ['请输入口令。', 'Enter the passphrase.'],
    unlocking: ['正在解锁…', 'Unlocking…'],
    creating: ['正在创建加密数据…', 'Creating the encrypted store…'],
    noRestorePoint: ['找不到该还原点。', 'No such restore point.'],
    noSuchManager: ['本数据中没有这位客户经理。', 'There is no such manager in this book.'],
    notWritable: ['数据未处于可修改状态（已锁定、只读或仍在加载）。', 'The book is not open for changes (locked, read-only or still loading).'],
    notEncrypted: ['当前数据未加密，无需锁定。', 'This book is not encrypted; there is nothing to lock.'],
    notNeeded: ['数据已设置，无需再次设置。', 'The book is already set up.'],
    noKey: ['密钥文件丢失，已保存的数据无法解锁。请从备份恢复。', 'The key file is missing, so the saved data cannot be unlocked. Restore from a backup.'],
    openFailed: ['已保存的数据无法打开。', 'The saved data could not be opened.'],
    noMemory: ['内存不足，无法打开数据（数据本身完好）。请关闭其他标签页或程序后重试。',
      'Not enough memory to open the book (the stored data is intact). Close other tabs or programs and try again.'],
    problemsFound: ['打开时发现问题：', 'Problems found while opening: '],
    noMemoryForBytes: ['内存不足，无法处理这么大的数据（%d MB）。未做任何修改，未保存的编辑仍在。请关闭其他标签页后重试，或拆分文件。',
      'Not enough memory for data this large (%d MB). Nothing was changed and unsaved edits are kept. Close other tabs and try again, or split the file.'],
    needsName: ['修改缺少姓名。', 'The edit needs a name.'],
    keyChanged: ['口令已在另一个标签页或窗口中更改：本页不会用旧密钥写入任何数据。请输入当前口令。',
      'The passphrase was changed in another tab or window: this page writes nothing under the old key. Enter the current passphrase.'],
    keyChangedLost: ['口令已在另一个标签页或窗口中更改。本页最后一次保存之后的修改无法用旧密钥保存，已被丢弃；请输入当前口令重新打开。',
      'The passphrase was changed in another tab or window. Changes made on this page since its last save cannot be saved under the old key and were discarded; enter the current passphrase to reopen.'],
    noLocks: ['只读：此浏览器（或此非安全地址）不支持 Web Locks，无法保证只有一个页面在写入，因此本页只读，不保存任何修改。请使用新版浏览器，并通过 https 或 localhost 打开。',
      'Read-only: this browser (or this non-secure address) has no Web Locks, so the page cannot make sure it is the only one writing; nothing is saved from it. Use a current browser over https or localhost.'],
    plainKeySealed: ['密钥文件是未加密的，但数据文件是加密的：密钥文件可能被替换。为安全起见，本页不打开也不写入任何数据。请从备份恢复原来的密钥文件，或联系 IT。',
      'The key file is unencrypted but the data files are encrypted: the key file may have been replaced. For safety nothing is opened or written. Restore the original key file from a backup, or contact IT.'],
    weakPass: ['口令太容易被猜到（强度 %d/4，至少需要 3）。请用更长的短语，例如四五个互不相关的词，可中英文混合。',
      'This passphrase is too easy to guess (strength %d/4; 3 or more is needed). Use a longer phrase, such as four or five unrelated words.'],
    strengthLabels: [['很弱', 'very weak'], ['弱', 'weak'], ['一般', 'fair'], ['强', 'strong'], ['很强', 'very strong']],
    strengthOk: ['可以使用。', 'Good enough.'],
    strengthTooWeak: ['太容易被猜到，请加长。', 'Too easy to guess: make it longer.'],
    strengthUnavailable: ['无法加载口令强度检查，请刷新页面后重试。', 'The passphrase strength check could not be loaded; reload the page and try again.'],
    encrypting: ['正在加密并重写全部数据…', 'Encrypting and rewriting every file…'],
    changingPass: ['正在用新口令重新加密…', 'Re-encrypting with the new passphrase…'],
    plainCopyLeft: ['数据已加密，但浏览器中的未加密旧副本未能删除：', 'The book is encrypted, but the old unencrypted copy could not be removed from the browser:'],
    stashUnreadable: ['锁定时未保存的修改无法恢复：', 'The changes left unsaved at the last lock could not be put back:'],
    demoSize: ['演示客户数须为 1 到 50000 之间的整数。', 'The number of demo clients must be a whole number from 1 to 50000.'],
    // The offline app's updates (web/js/update.js, web/sw.js).
    updateReady: ['新版本已就绪 — 重新加载', 'New version ready — reload'],
    updateReload: ['重新加载', 'Reload'],
    updateLater: ['稍后', 'Later'],
    updateSaving: ['正在保存修改，保存后重新加载…', 'Saving your changes, then reloading…'],
    updateNotSaved: ['修改尚未保存，暂不重新加载；当前版本继续可用。', 'Changes are not saved yet, so the page does not reload; this version keeps working.'],
    updateMemoryOnly: ['数据只在内存中，重新加载会丢失。请先导出备份，再关闭页面以使用新版本。',
      'The data lives only in memory and a reload would lose it. Export a backup first, then close the page to use the new version.'],
    updateActive: ['新版本已在另一个标签页启用 — 重新加载以使用', 'A new version took over in another tab — reload to use it'],
    updateFailed: ['新版本下载不完整，未安装；当前版本继续可用，下次联网时会重试。',
      'The new version did not download completely and was not installed; this version keeps working and the update is retried when online.'],
  };

  const both = (m) => m[0] + ' ' + m[1];
  // A message as two spans, each marked with its language, so that a screen
  // reader speaks each in its own voice.
  function spans(m) {
    const f = document.createDocumentFragment();
    const z = document.createElement('span'); z.lang = 'zh-CN'; z.textContent = m[0];
    const e = document.createElement('span'); e.lang = 'en'; e.textContent = m[1];
    f.append(z, ' ', e);
    return f;
  }

  class StoreError extends Error {
    constructor(code, zh, en, extra) {
      super(en);
      this.name = 'StoreError';
      this.code = code;
      this.message_en = en;
      this.message_zh = zh;
      Object.assign(this, extra || {});
    }
  }
  const storeError = (code, m) => new StoreError(code, m[0], m[1]);
  // An error from anywhere (EnvelopeError, IDB DOMException, StoreError) as {code, zh, en}.
  function describe(err) {
    if (err && err.message_en) return { code: err.code, message_zh: err.message_zh || err.message_en, message_en: err.message_en };
    const name = (err && err.name) || '';
    const text = String((err && err.message) || err || '');
    if (name === 'QuotaExceededError' || /quota/i.test(text)) {
      return { code: 'quota_exceeded', message_zh: MSG.quota[0], message_en: MSG.quota[1] };
    }
    return { code: 'write_failed', message_zh: MSG.writeFailed[0] + '（' + text + '）',
      message_en: MSG.writeFailed[1] + ' (' + text + ')' };
  }

  window.RMMessages = Object.freeze({ MSG, KIND, both, spans, StoreError, storeError, describe });
})();
