import type { NewLedgerVersion } from '../../src/app/ports.ts';
import { type Ledger, LedgerSchema } from '../../src/core/ledger/ledger.ts';

/** A small valid ledger (synthetic company), parsed so defaults are filled in as they are when imported. */
export function sampleLedger(id = 'sample'): Ledger {
  return LedgerSchema.parse({
    ledger: { id, name: { ja: '見本台帳', en: 'Sample ledger' } },
    operators: [
      {
        id: 'op',
        name: { ja: '見本人材株式会社', en: 'Sample Staffing K.K.' },
        businessLines: ['staffing'],
        address: { ja: '東京都千代田区丸の内9-9-9', en: '9-9-9 Marunouchi, Chiyoda-ku, Tokyo' },
        representative: {
          title: { ja: '代表取締役', en: 'Representative Director' },
          name: { ja: '見本 花子', en: 'Hanako Mihon' },
        },
        privacyAdministrator: { title: { ja: '個人情報保護管理者', en: 'Privacy administrator' } },
        complaintDesk: { name: { ja: '相談窓口', en: 'Desk' }, email: 'privacy@example.test', phone: ['03-0000-0000'] },
      },
    ],
    subjectCategories: [{ id: 'staff', name: { ja: '登録スタッフ', en: 'Registered staff' } }],
    dataItems: [
      { id: 'name', name: { ja: '氏名', en: 'Name' }, categories: ['staff'], flags: { identifying: true } },
      {
        id: 'health',
        name: { ja: '健康診断結果', en: 'Health check' },
        categories: ['staff'],
        sensitiveKinds: ['health-check'],
      },
    ],
    purposes: [
      {
        id: 'matching',
        text: { ja: '就業機会の紹介のため "引用" \\ 改行\nあり', en: 'To offer assignments' },
        categories: ['staff'],
        items: ['name'],
        tags: ['service'],
      },
    ],
    requestProcedures: [
      {
        intake: { methods: ['post', 'email'] },
        fees: { disclosure: 1000 },
        identity: { self: [{ ja: '運転免許証の写し', en: 'Copy of driving licence' }] },
        replyMethods: ['paper'],
      },
    ],
  });
}

/** The n-th version to append; timestamps carry milliseconds to prove the round trip keeps them. */
export function newVersion(n: number, ledger: Ledger = sampleLedger()): NewLedgerVersion {
  return {
    ledgerId: ledger.ledger.id,
    contentHash: `sha256:${n.toString(16).padStart(64, '0')}`,
    author: `author-${n}@example.test`,
    comment: `version ${n}: 取り込み`,
    source: `# version ${n}\nledger:\n  id: ${ledger.ledger.id}\n  name: {ja: 見本台帳, en: "Sample ledger"}\n`,
    ledger,
    createdAt: new Date(Date.UTC(2025, 3, 1, 9, 30, 0, 0) + n * 60_001),
  };
}
