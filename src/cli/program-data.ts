/** Commander wiring for data in and out: export, import, merge, report, graph. */
import { Command } from 'commander';
import { hostname } from 'node:os';
import { run, sessionOf } from './run.js';
import { visibleLines } from '../domain/visible.js';

type Cmd = (name: string, description: string) => Command;

export function registerData(cmd: Cmd): void {
  cmd('export', 'everything out: a lossless JSON backup, vCard 4.0, CSV or a Markdown journal')
    .option('-f, --format <format>', 'json, vcard, csv or md', 'json')
    .option('-o, --out <file>', 'write here (created readable by you only); default: standard output')
    .option('--force', 'with --out: replace an existing file (never the database or a link)')
    .option('--json', 'with --out: print a JSON summary')
    .action((o: { format?: string; out?: string; force?: boolean }, c: Command) =>
      run(c, {
        mode: 'read',
        writes: o.out !== undefined,
        exec: async (d) => (await import('../commands/export.js')).exportData(o, d),
        stream: (r) => r.chunks,
        text: async (r, x) => (await import('../output/data.js')).exportText(r, x),
      }),
    );

  cmd('import', 'people from vCard (Apple, Google, Outlook), Google or LinkedIn CSV, or a rel backup')
    .argument('<file>', 'the file, or - for standard input (then --format is needed)')
    .option('-f, --format <format>', 'json, vcard, csv or linkedin (default: from the file name)')
    .option('-n, --dry-run', 'show what would change, write nothing')
    .option('--encoding <name>', 'utf-8, utf-16le, utf-16be or shift_jis (default: detected)')
    .option('--max-size <MB>', 'refuse files larger than this', '64')
    .option('--json', 'print JSON')
    .action(
      (
        file: string,
        o: { format?: string; dryRun?: boolean; encoding?: string; maxSize?: string },
        c: Command,
      ) =>
        run(c, {
          mode: 'write',
          exec: async (d) => (await import('../commands/import.js')).importData({ file, ...o }, d),
          text: async (r, x) => (await import('../output/data.js')).importText(r, x),
        }),
    );

  cmd('merge', 'one person recorded twice: keep the first, fold the second into it')
    .argument('<keep>')
    .argument('<other>')
    .option('-y, --yes', 'do not ask')
    .option('--json', 'print JSON')
    .action((keep: string, other: string, o: { yes?: boolean }, c: Command) =>
      run(c, {
        mode: 'write',
        exec: async (d) => (await import('../commands/merge.js')).merge({ keep, other, ...o }, d),
        text: async (r, x) => (await import('../output/data.js')).mergeText(r, x),
      }),
    );

  cmd('report', 'one self-contained HTML page of your network and your progress (nothing is fetched)')
    .option('--html', 'an HTML page (the only format, and the default)')
    .option('-o, --out <file>', 'write here (created readable by you only); default: rel-report-<date>.html')
    .option('--open', 'then open it with xdg-open (open on macOS)')
    .option('--force', 'replace an existing file that is not an earlier rel report')
    .option('--json', 'print a JSON summary')
    .action((o: { html?: boolean; out?: string; open?: boolean; force?: boolean }, c: Command) =>
      run(c, {
        mode: 'read',
        exec: async (d) => {
          const r = await (await import('../commands/report.js')).report(o, d);
          if (!r.openRequested) return r;
          const { openFile } = await import('../output/open.js');
          return { ...r, openedWith: openFile(r.path, sessionOf(c).term.env.PATH ?? '', process.platform) };
        },
        text: (r, x) =>
          [
            x.t.report.wrote({ path: r.path }),
            r.openedWith ? x.t.report.opening({ command: r.openedWith }) : null,
            r.openRequested && !r.openedWith ? x.t.report.noOpener() : null,
          ]
            .filter(Boolean)
            .join('\n'),
      }),
    );

  cmd('graph', 'who introduced you to whom (and who met at the same event): Graphviz DOT, Mermaid or JSON')
    .option('-f, --format <format>', 'dot, mermaid or json', 'dot')
    .option('--json', 'the same as --format json')
    .action((o: { format?: string; json?: boolean }, c: Command) =>
      run(c, {
        mode: 'read',
        exec: async (d) => (await import('../commands/graph.js')).graph(o.json ? { format: 'json' } : o, d),
        text: (r) => r.text,
        json: (r) => `${r.text}\n`,
        // JSON stays exact; DOT and Mermaid keep their lines but show any control character a name holds.
        exact: (r) => (r.format === 'json' ? `${r.text}\n` : `${visibleLines(r.text)}\n`),
      }),
    );
  cmd('sync', 'the same network on every device, through a folder you already sync (never the network)')
    .argument('[folder]', 'the synced folder (remembered after the first time)')
    .option('--status', 'which devices were seen and when; changes nothing')
    .option(
      '--passphrase-file <file>',
      'encrypt the sync files with the passphrase on its first line (or REL_SYNC_KEY)',
    )
    .option('--json', 'print JSON')
    .action((folder: string | undefined, o: { status?: boolean; passphraseFile?: string }, c: Command) => {
      const { env, stderr } = sessionOf(c).term;
      const opts = {
        ...(folder !== undefined ? { folder } : {}),
        ...(o.passphraseFile !== undefined ? { passphraseFile: o.passphraseFile } : {}),
        ...(env.REL_SYNC_KEY ? { key: env.REL_SYNC_KEY } : {}),
        deviceName: hostname(),
      };
      if (o.status)
        return run(c, {
          mode: 'read',
          exec: async (d) => (await import('../commands/sync.js')).syncStatus(opts, d),
          text: async (r, x) => (await import('../output/sync.js')).syncStatusText(r, x),
        });
      return run(c, {
        mode: 'write',
        exec: async (d) => (await import('../commands/sync.js')).sync(opts, d),
        text: async (r, x) => {
          const out = await import('../output/sync.js');
          for (const w of out.syncWarnings(r, x)) stderr.write(`${w}\n`);
          return out.syncText(r, x);
        },
      });
    });
}
