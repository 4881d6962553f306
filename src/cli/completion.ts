/**
 * Shell completion generated from the commander program: commands (not the hidden helpers), their
 * options, the values of --kind, --origin, --purpose, --circle and --format, and people's names,
 * quoted for the shell when they hold a space.
 */
import type { Command } from 'commander';
import { CIRCLES } from '../domain/cadence.js';
import { EVENT_KINDS, GIVE_KINDS, LEDGER_KINDS, ORIGINS, PURPOSES } from '../domain/vocab.js';

const PERSON_FIRST = ['give', 'take', 'receive', 'touch', 'show', 'edit', 'rm', 'intro', 'snooze', 'target'];
/** Options whose value is a person. */
const PERSON_OPTIONS = ['--via', '--met', '--for'];

/** The values an option takes, by command (`*` for every command). */
const VALUES: Record<string, Record<string, readonly string[]>> = {
  give: { '--kind': GIVE_KINDS },
  take: { '--kind': LEDGER_KINDS },
  event: { '--kind': EVENT_KINDS, '--purpose': PURPOSES },
  export: { '--format': ['json', 'vcard', 'csv', 'md'] },
  import: { '--format': ['json', 'vcard', 'csv', 'linkedin'] },
  '*': { '--origin': ORIGINS, '--circle': [...CIRCLES, 'none'], '--lang': ['en', 'ja'] },
};

interface Row {
  name: string;
  aliases: string[];
  options: string[];
}

function table(program: Command): Row[] {
  return program.commands
    .filter((c) => !(c as unknown as { _hidden?: boolean })._hidden && !c.name().startsWith('__'))
    .map((c) => ({
      name: c.name(),
      aliases: c.aliases(),
      options: c.options.flatMap((o) => [o.long, o.short].filter((x): x is string => !!x)),
    }));
}

function valuesFor(row: Row): [string, readonly string[]][] {
  const own: Record<string, readonly string[]> = { ...VALUES['*'] };
  for (const name of [row.name, ...row.aliases]) Object.assign(own, VALUES[name] ?? {});
  return Object.entries(own).filter(([flag]) => row.options.includes(flag));
}

export function completionScript(program: Command, shell: 'bash' | 'zsh' | 'fish'): string {
  const rows = table(program);
  const names = rows.flatMap((c) => [c.name, ...c.aliases]).join(' ');
  const persons = [...PERSON_FIRST];
  if (shell === 'fish') {
    const lines = [
      '# rel completion for fish: rel completion fish > ~/.config/fish/completions/rel.fish',
      'complete -c rel -f',
      `complete -c rel -n __fish_use_subcommand -a '${names}'`,
      ...rows.flatMap((c) => {
        const seen = `__fish_seen_subcommand_from ${[c.name, ...c.aliases].join(' ')}`;
        const withValues = new Map(valuesFor(c));
        return c.options
          .filter((o) => o.startsWith('--'))
          .map((o) => {
            const values = withValues.get(o);
            const person = PERSON_OPTIONS.includes(o);
            const arg = values
              ? ` -xa '${values.join(' ')}'`
              : person
                ? " -xa '(rel __names 2>/dev/null)'"
                : '';
            return `complete -c rel -n '${seen}' -l ${o.slice(2)}${arg}`;
          });
      }),
      `complete -c rel -n '__fish_seen_subcommand_from ${persons.join(' ')}' -a '(rel __names 2>/dev/null)'`,
    ];
    return `${lines.join('\n')}\n`;
  }
  const cases = rows
    .map((c) => {
      const values = valuesFor(c)
        .map(([flag, vs]) => `      ${flag}) values="${vs.join(' ')}" ;;`)
        .join('\n');
      return [
        `    ${[c.name, ...c.aliases].join('|')})`,
        `      opts="${c.options.join(' ')}"`,
        `      case "$prev" in`,
        values,
        `      esac ;;`,
      ]
        .filter((l) => l !== '')
        .join('\n');
    })
    .join('\n');
  const bash = `# rel completion for bash (and zsh via bashcompinit)
_rel_names() {
  # People's names, each quoted for the shell ("Aiko Tanaka" becomes Aiko\\ Tanaka).
  local typed="\${1//\\\\ / }" name
  typed="\${typed#[\\"\\']}"
  while IFS= read -r name; do
    [[ "$name" == "$typed"* ]] && COMPREPLY+=( "$(printf '%q' "$name")" )
  done < <(rel __names 2>/dev/null)
}
_rel() {
  local cur prev cmd opts values
  COMPREPLY=()
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  cmd="\${COMP_WORDS[1]}"
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W "${names}" -- "$cur") ); return
  fi
  values=""
  case "$cmd" in
${cases}
    *) opts="" ;;
  esac
  if [ -n "$values" ]; then
    COMPREPLY=( $(compgen -W "$values" -- "$cur") ); return
  fi
  case " ${PERSON_OPTIONS.join(' ')} " in
    *" $prev "*) _rel_names "$cur"; return ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$opts" -- "$cur") ); return
  fi
  case " ${persons.join(' ')} " in
    *" $cmd "*) if [ "$COMP_CWORD" -eq 2 ] || { [ "$cmd" = intro ] && [ "$COMP_CWORD" -eq 3 ]; }; then
      _rel_names "$cur"; fi ;;
  esac
}
complete -F _rel rel
`;
  if (shell === 'bash') return bash;
  return `#compdef rel
# rel completion for zsh: rel completion zsh > "\${fpath[1]}/_rel"
autoload -U +X bashcompinit && bashcompinit
${bash}`;
}
