import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/db.js';
import { rel } from '../helpers/cli.js';

describe('first run through the binary', () => {
  it('onboard without a terminal: exit 2, a clear message, no cursor codes, no db created', () => {
    const db = join(tempDir(), 'rel.db');
    const r = rel(['onboard'], { REL_DB: db });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('--answers');
    expect(r.out + r.err).not.toMatch(/\u001b\[/);
    expect(existsSync(db)).toBe(false);
  });

  it('a new user: onboard from a file, add people, and the review uses the goal and field', () => {
    const dir = tempDir();
    const env = { REL_DB: join(dir, 'rel.db') };
    const answers = join(dir, 'answers.json');
    writeFileSync(
      answers,
      JSON.stringify({
        goal: 'Become a UX designer',
        lookingFor: 'senior designers',
        canGive: ['user testing'],
        field: 'design',
      }),
    );
    const on = rel(['onboard', '--answers', answers], env);
    expect(on.code, on.err).toBe(0);
    expect(on.out).toContain('where to start this week');
    rel(['add', 'Mei Lin', '--origin', 'work', '--date', '2024-01-01'], env);
    rel(['take', 'Mei Lin', 'portfolio review', '--kind', 'advice', '--date', '2026-11-01'], env);
    const review = rel(['review'], env);
    expect(review.out).toContain('goal: Become a UX designer');
    const json = JSON.parse(rel(['review', '--json'], env).out) as {
      findings: { rule: string; message: string }[];
    };
    expect(json.findings.map((f) => f.rule)).toContain('step-ahead');
    expect(json.findings.find((f) => f.rule === 'step-ahead')!.message).toContain('senior designers');
    expect(json.findings.find((f) => f.rule === 'field-context')!.message).toContain('design');
  });

  it('demo prints a review and leaves the user db alone', () => {
    const dir = tempDir();
    const env = { REL_DB: join(dir, 'rel.db') };
    rel(['add', 'Only Me'], env);
    const before = rel(['list', '--json'], env).out;
    const r = rel(['demo'], env);
    expect(r.code).toBe(0);
    expect(r.out).toContain('your next three moves');
    expect(rel(['list', '--json'], env).out).toBe(before);
    const kept = rel(['demo', '--keep', '--json'], env);
    const demo = JSON.parse(kept.out) as { kept: string; review: Record<string, unknown> };
    const path = demo.kept;
    // The review in it has the shape `rel review --json` has (CLI.md): no text view's counts.
    expect(Object.keys(demo.review).sort()).toEqual(
      ['aims', 'findings', 'goal', 'metrics', 'moves', 'now', 'trend'].sort(),
    );
    expect(existsSync(path)).toBe(true);
    expect(rel(['list', '--json', '--db', path]).out).toContain('Aiko Tanaka');
    rmSync(dirname(path), { recursive: true, force: true });
  });
});
