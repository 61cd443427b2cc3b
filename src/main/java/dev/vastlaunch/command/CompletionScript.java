package dev.vastlaunch.command;

import dev.vastlaunch.launch.ShellQuote;
import dev.vastlaunch.offers.OptionSpec;
import dev.vastlaunch.offers.QueryFields;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a bash or zsh completion script for the one-shot commands, generated from the one command table: command
 * words, each command's options, and the query field names of {@code search offers}.
 */
public final class CompletionScript {
    private CompletionScript() {}

    /**
     * Returns the script for {@code shell} ({@code bash} or {@code zsh}); zsh runs the bash one via bashcompinit. The
     * value of {@code --image} completes from {@code recentImages}, the file of recently launched images, read when
     * completing; {@code globalOptions} are the options every command takes (the CLI's one list of them).
     */
    public static String of(CommandTable table, List<String> globalOptions, String shell, Path recentImages) {
        String bash = bash(table, globalOptions, recentImages);
        if (shell.equals("zsh")) {
            return "# vastlaunch completion for zsh: eval \"$(vastlaunch completion zsh)\"\n"
                    + "autoload -U +X bashcompinit && bashcompinit\n" + bash;
        }
        return bash;
    }

    private static String bash(CommandTable table, List<String> globalOptions, Path recentImages) {
        Map<String, Set<String>> next = new LinkedHashMap<>();
        Map<String, Set<String>> words = new LinkedHashMap<>();
        List<Command> oneShot = new ArrayList<>();
        for (Command c : table.commands()) {
            if (c.oneShot()) {
                oneShot.add(c);
            }
        }
        next.computeIfAbsent("", k -> new TreeSet<>()).add("completion");
        for (Command c : oneShot) {
            for (String name : c.names()) {
                String[] parts = name.split(" ", -1);
                StringBuilder prefix = new StringBuilder();
                for (String part : parts) {
                    next.computeIfAbsent(prefix.toString().strip(), k -> new TreeSet<>())
                            .add(part);
                    prefix.append(' ').append(part);
                }
                Set<String> w = new LinkedHashSet<>();
                w.add("--help");
                for (OptionSpec o : c.options()) {
                    w.addAll(o.names());
                    w.addAll(o.values());
                }
                if (c.name().equals("search offers")) {
                    w.addAll(new TreeSet<>(QueryFields.descriptions().keySet()));
                }
                words.put(name, w);
            }
        }
        words.put("completion", new LinkedHashSet<>(List.of("bash", "zsh")));
        StringBuilder b = new StringBuilder();
        b.append("# vastlaunch completion for bash (generated from the command table): ")
                .append("source <(vastlaunch completion bash)\n");
        b.append("_vastlaunch() {\n");
        b.append("  local cur=\"${COMP_WORDS[COMP_CWORD]}\" line=\"\" w i\n");
        b.append("  for ((i = 1; i < COMP_CWORD; i++)); do\n");
        b.append("    w=\"${COMP_WORDS[i]}\"\n");
        b.append("    case \"$w\" in -*) ;; *) line=\"${line:+$line }$w\" ;; esac\n");
        b.append("  done\n");
        b.append("  if [[ \"${COMP_WORDS[COMP_CWORD-1]}\" == --image ]]; then\n");
        b.append("    COMPREPLY=($(compgen -W \"$(cat ")
                .append(ShellQuote.quote(recentImages.toString()))
                .append(" 2>/dev/null)\" -- \"$cur\"))\n");
        b.append("    return\n");
        b.append("  fi\n");
        b.append("  local globals=\"").append(String.join(" ", globalOptions)).append("\" words=\"\"\n");
        b.append("  case \"$line\" in\n");
        List<String> names = new ArrayList<>(words.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : names) {
            b.append("    \"")
                    .append(name)
                    .append("\" | \"")
                    .append(name)
                    .append(" \"*) words=\"")
                    .append(String.join(" ", words.get(name)))
                    .append("\" ;;\n");
        }
        List<String> prefixes = new ArrayList<>(next.keySet());
        prefixes.sort(Comparator.comparingInt(String::length).reversed());
        for (String prefix : prefixes) {
            b.append("    \"")
                    .append(prefix)
                    .append("\") words=\"")
                    .append(String.join(" ", next.get(prefix)))
                    .append("\" ;;\n");
        }
        b.append("  esac\n");
        b.append("  COMPREPLY=($(compgen -W \"$words $globals\" -- \"$cur\"))\n");
        b.append("}\n");
        b.append("complete -o default -F _vastlaunch vastlaunch\n");
        return b.toString();
    }
}
