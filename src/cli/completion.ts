/** Shell completion generated from the commander program: commands, their options, and people. */
import type { Command } from 'commander';

const PERSON_FIRST = ['give', 'take', 'receive', 'touch', 'show', 'edit', 'rm', 'intro', 'snooze', 'target'];

function table(program: Command): { name: string; options: string[] }[] {
  return program.commands.map((c) => ({
    name: c.name(),
    options: c.options.flatMap((o) => [o.long, o.short].filter((x): x is string => !!x)),
  }));
}

export function completionScript(program: Command, shell: 'bash' | 'zsh' | 'fish'): string {
  const cmds = table(program);
  const names = cmds.map((c) => c.name).join(' ');
  if (shell === 'fish') {
    const lines = [
      '# rel completion for fish: rel completion fish > ~/.config/fish/completions/rel.fish',
      'complete -c rel -f',
      `complete -c rel -n __fish_use_subcommand -a '${names}'`,
      ...cmds.map(
        (c) =>
          `complete -c rel -n '__fish_seen_subcommand_from ${c.name}' -a '${c.options.filter((o) => o.startsWith('--')).join(' ')}'`,
      ),
      `complete -c rel -n '__fish_seen_subcommand_from ${PERSON_FIRST.join(' ')}' -a '(rel __names 2>/dev/null)'`,
    ];
    return `${lines.join('\n')}\n`;
  }
  const cases = cmds.map((c) => `    ${c.name}) opts="${c.options.join(' ')}" ;;`).join('\n');
  const bash = `# rel completion for bash (and zsh via bashcompinit)
_rel() {
  local cur cmd opts
  cur="\${COMP_WORDS[COMP_CWORD]}"
  cmd="\${COMP_WORDS[1]}"
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W "${names}" -- "$cur") ); return
  fi
  case "$cmd" in
${cases}
    *) opts="" ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$opts" -- "$cur") ); return
  fi
  case " ${PERSON_FIRST.join(' ')} " in
    *" $cmd "*) if [ "$COMP_CWORD" -eq 2 ]; then
      local IFS=$'\\n'; COMPREPLY=( $(compgen -W "$(rel __names 2>/dev/null)" -- "$cur") ); fi ;;
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
