package dev.vastlaunch;

import dev.vastlaunch.command.CommandTable;

/** Returns the top-level help: the modes, the commands of the one command table, and the global options. */
final class Help {
    private Help() {}

    /** Returns the help text, listing the one-shot commands from {@code table}. */
    static String text(CommandTable table) {
        return """
                vastlaunch: rent a GPU on Vast.ai from your terminal

                  vastlaunch                  the screens: offers > image > env & ports > options > review > launch
                  vastlaunch shell            the same commands at a prompt, with Tab completion
                  vastlaunch sim [--port N] [--seed S] [--key K]   run the built-in Vast API simulator
                  vastlaunch completion bash|zsh   print a Tab-completion script: source <(vastlaunch completion bash)
                """ + table.oneShotUsage("  vastlaunch ") + """


                  vastlaunch VERB --help      explains one command
                  --dry-run   print the request (method, path, JSON body) and send nothing
                  --raw       JSON output      --yes  skip confirmation      --explain  log HTTP calls (key redacted)
                  --wide      tables add TFLOPS, CPU, RAM, disk and upload columns (tables fit $COLUMNS, else 80)
                  --api-key-file FILE|- | VAST_API_KEY | ~/.config/vastai/vast_api_key      --url URL | VAST_URL
                  (--api-key KEY works too, but other local users can read it in the process list)
                  With no API key anywhere, vastlaunch runs against its built-in simulator (demo mode).

                Exit codes: 0 ok, 1 server or network error, 2 usage error (nothing sent).""";
    }

    /** Returns {@code text} with control characters shown as {@code ?}, so echoed input cannot drive the terminal. */
    static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return sb.toString();
    }
}
