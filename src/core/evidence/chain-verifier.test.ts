import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type ChainProblemKind, ChainVerifier } from './chain-verifier.ts';
import { type ChainRow, entryHash, GENESIS_HASH } from './evidence-entry.ts';
import { linkEntries } from './link-entries.ts';

const event = (n: number) => ({
  type: 'read',
  actor: 'staff-1',
  subject: n % 3 === 0 ? null : `p-${n}`,
  at: new Date(Date.UTC(2026, 3, 1, 9, 0, n)).toISOString(),
  payloadJson: JSON.stringify({ items: ['name'], n }),
});
const chain = (count: number) =>
  linkEntries(
    { seq: 0, hash: GENESIS_HASH },
    Array.from({ length: count }, (_, i) => event(i + 1)),
  );
const rehash = (row: Omit<ChainRow, 'hash'>): ChainRow => ({ ...row, hash: entryHash(row) });
const renumber = (rows: ChainRow[]) => rows.map((row, i) => ({ ...row, seq: i + 1 }));
const relink = (rows: ChainRow[], from: number) => {
  const out = [...rows];
  for (let i = from; i < out.length; i++) {
    out[i] = rehash({ ...(out[i] as ChainRow), prevHash: i === 0 ? GENESIS_HASH : (out[i - 1] as ChainRow).hash });
  }
  return out;
};
const forged = (prevHash: string): Omit<ChainRow, 'hash' | 'seq'> => ({ ...event(99), prevHash });

interface Case {
  readonly name: string;
  readonly tamper: (rows: ChainRow[]) => ChainRow[];
  readonly sealed?: readonly number[];
  readonly expected?: { readonly seq: number; readonly kind: ChainProblemKind };
}

const CASES: readonly Case[] = [
  { name: 'an untouched chain', tamper: (rows) => rows },
  {
    name: 'an edited payload',
    tamper: (rows) => rows.map((r) => (r.seq === 5 ? { ...r, payloadJson: '{"items":["name"],"n":50}' } : r)),
    expected: { seq: 5, kind: 'edited' },
  },
  {
    name: 'an edited time',
    tamper: (rows) => rows.map((r) => (r.seq === 2 ? { ...r, at: '2025-01-01T00:00:00.000Z' } : r)),
    expected: { seq: 2, kind: 'edited' },
  },
  {
    name: 'an edited entry given a fresh hash',
    tamper: (rows) => rows.map((r) => (r.seq === 5 ? rehash({ ...r, actor: 'staff-2' }) : r)),
    expected: { seq: 6, kind: 'broken-link' },
  },
  {
    name: 'a deleted entry',
    tamper: (rows) => rows.filter((r) => r.seq !== 5),
    expected: { seq: 5, kind: 'deleted' },
  },
  {
    name: 'three deleted entries',
    tamper: (rows) => rows.filter((r) => r.seq < 4 || r.seq > 6),
    expected: { seq: 4, kind: 'deleted' },
  },
  {
    name: 'a deleted entry with later ones renumbered',
    tamper: (rows) => renumber(rows.filter((r) => r.seq !== 5)),
    expected: { seq: 5, kind: 'broken-link' },
  },
  {
    name: 'the sealed tail deleted',
    tamper: (rows) => rows.filter((r) => r.seq <= 7),
    sealed: [10],
    expected: { seq: 8, kind: 'deleted' },
  },
  {
    name: 'an inserted entry linked correctly',
    tamper: (rows) => {
      const out = [...rows];
      out.splice(4, 0, rehash({ seq: 0, ...forged((rows[3] as ChainRow).hash) }));
      return renumber(out);
    },
    expected: { seq: 5, kind: 'inserted' },
  },
  {
    name: 'an inserted entry with a made-up link',
    tamper: (rows) => {
      const out = [...rows];
      out.splice(4, 0, rehash({ seq: 0, ...forged('f'.repeat(64)) }));
      return renumber(out);
    },
    expected: { seq: 5, kind: 'inserted' },
  },
  {
    name: 'two entries swapped',
    tamper: (rows) => {
      const out = [...rows];
      [out[4], out[5]] = [out[5] as ChainRow, out[4] as ChainRow];
      return renumber(out);
    },
    expected: { seq: 5, kind: 'reordered' },
  },
  {
    name: 'an entry appended without the chain',
    tamper: (rows) => [...rows, rehash({ seq: 11, ...forged('e'.repeat(64)) })],
    expected: { seq: 11, kind: 'broken-link' },
  },
  {
    name: 'a tail rewritten consistently, caught by a checkpoint',
    tamper: (rows) =>
      relink(
        rows.map((r) => (r.seq === 5 ? { ...r, actor: 'staff-9' } : r)),
        4,
      ),
    sealed: [3, 8],
    expected: { seq: 8, kind: 'checkpoint-mismatch' },
  },
];

for (const c of CASES) {
  test(`chain verifier: ${c.name}`, () => {
    const original = chain(10);
    const sealed = new Map((c.sealed ?? []).map((seq) => [seq, (original[seq - 1] as ChainRow).hash]));
    const verifier = new ChainVerifier({ seq: 0, hash: GENESIS_HASH }, sealed);
    for (const row of c.tamper(original)) if (!verifier.push(row)) break;
    const problem = verifier.finish();
    if (c.expected === undefined) {
      assert.equal(problem, undefined);
      assert.equal(verifier.checked, 10);
      assert.equal(verifier.lastHash, original[9]?.hash);
    } else {
      assert.deepEqual(problem && { seq: problem.seq, kind: problem.kind }, c.expected, problem?.message);
    }
  });
}

test('chain verifier: a range starts from its anchor', () => {
  const rows = chain(10);
  const verifier = new ChainVerifier({ seq: 4, hash: (rows[3] as ChainRow).hash });
  for (const row of rows.slice(4)) verifier.push(row);
  assert.equal(verifier.finish(), undefined);
  assert.equal(verifier.checked, 6);
  const wrong = new ChainVerifier({ seq: 4, hash: GENESIS_HASH });
  for (const row of rows.slice(4)) if (!wrong.push(row)) break;
  assert.equal(wrong.finish()?.seq, 5);
});
