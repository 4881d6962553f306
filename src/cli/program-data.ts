/** Commander wiring for data in and out: export, import, merge, report, graph. */
import { Command } from 'commander';
import { run } from './run.js';

type Cmd = (name: string, description: string) => Command;

export function registerData(cmd: Cmd): void {
  cmd('export', 'everything out: a lossless JSON backup, vCard 4.0, CSV or a Markdown journal')
    .option('-f, --format <format>', 'json, vcard, csv or md', 'json')
    .option('-o, --out <file>', 'write here (created readable by you only); default: standard output')
    .option('--json', 'with --out: print a JSON summary')
    .action((o: { format?: string; out?: string }, c: Command) =>
      run(c, {
        mode: 'read',
        exec: async (d) => (await import('../commands/export.js')).exportData(o, d),
        stream: (r) => r.chunks,
        text: async (r, x) => (await import('../output/data.js')).exportText(r, x),
      }),
    );

  cmd('import', 'people from vCard (Apple, Google, Outlook), Google or LinkedIn CSV, or a rel backup')
    .argument('<file>')
    .option('-f, --format <format>', 'json, vcard, csv or linkedin (default: from the file name)')
    .option('-n, --dry-run', 'show what would change, write nothing')
    .option('--json', 'print JSON')
    .action((file: string, o: { format?: string; dryRun?: boolean }, c: Command) =>
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
    .option('--json', 'print a JSON summary')
    .action((o: { html?: boolean; out?: string; open?: boolean }, c: Command) =>
      run(c, {
        mode: 'read',
        exec: async (d) => {
          const r = await (await import('../commands/report.js')).report(o, d);
          if (!r.openRequested) return r;
          const { openFile } = await import('../output/open.js');
          return { ...r, openedWith: openFile(r.path, process.env.PATH ?? '', process.platform) };
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
      }),
    );
}
