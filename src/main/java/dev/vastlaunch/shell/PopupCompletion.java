package dev.vastlaunch.shell;

import dev.vastlaunch.offers.ColumnFit;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.reader.Buffer;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;

/**
 * Completes the word at the cursor of the screens' {@code :} bar and lists the choices in a popup drawn in the rows
 * above the bar, so the list never scrolls the screen (JLine's own list goes below the prompt, which sits on the last
 * row). The screens repaint over the popup when the bar closes.
 */
final class PopupCompletion {
    private static final String SAVE = "\u001b7";
    private static final String RESTORE = "\u001b8";

    private final Terminal terminal;
    private int shownRows;

    PopupCompletion(Terminal terminal) {
        this.terminal = terminal;
    }

    /** Completes the word at the cursor: inserts what all the choices share, and shows the choices when several. */
    boolean complete(LineReader r) {
        Buffer buffer = r.getBuffer();
        ParsedLine line;
        try {
            line = r.getParser().parse(buffer.toString(), buffer.cursor(), Parser.ParseContext.COMPLETE);
        } catch (SyntaxError e) {
            return true;
        }
        String typed =
                line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        List<Candidate> all = new ArrayList<>();
        if (r instanceof LineReaderImpl impl && impl.getCompleter() != null) {
            impl.getCompleter().complete(r, line, all);
        }
        List<Candidate> matches = new ArrayList<>();
        String lower = typed.toLowerCase(Locale.ROOT);
        for (Candidate c : all) {
            if (c.value().toLowerCase(Locale.ROOT).startsWith(lower)
                    && matches.stream().noneMatch(m -> m.value().equals(c.value()))) {
                matches.add(c);
            }
        }
        if (matches.isEmpty()) {
            show(List.of("(no completion for '" + typed + "')"));
            return true;
        }
        String common = common(matches);
        if (matches.size() == 1) {
            replace(buffer, typed, common + (matches.get(0).complete() ? " " : ""));
            clear();
        } else {
            if (common.length() > typed.length()) {
                replace(buffer, typed, common);
            }
            show(layout(matches));
        }
        return true;
    }

    /** Removes the popup (before a message is printed in its rows, or when the bar is done). */
    void forget() {
        shownRows = 0;
    }

    private static void replace(Buffer buffer, String typed, String with) {
        buffer.backspace(typed.length());
        buffer.write(with);
    }

    private static String common(List<Candidate> matches) {
        String first = matches.get(0).value();
        int n = first.length();
        for (Candidate c : matches) {
            String v = c.value();
            int i = 0;
            while (i < Math.min(n, v.length()) && v.charAt(i) == first.charAt(i)) {
                i++;
            }
            n = i;
        }
        return first.substring(0, n);
    }

    /** Returns the choices as lines: one per choice with its description when they fit, else in columns. */
    private List<String> layout(List<Candidate> matches) {
        int width = Math.max(20, terminal.getWidth());
        int room = Math.max(1, terminal.getHeight() / 2);
        int name = matches.stream().mapToInt(c -> c.value().length()).max().orElse(1) + 2;
        List<String> lines = new ArrayList<>();
        if (matches.size() <= room) {
            for (Candidate c : matches) {
                String descr = c.descr() == null ? "" : c.descr();
                lines.add(ColumnFit.cut(pad(c.value(), name) + descr, width - 1));
            }
            return lines;
        }
        int perLine = Math.max(1, (width - 1) / name);
        StringBuilder b = new StringBuilder();
        int shown = 0;
        for (Candidate c : matches) {
            if (lines.size() == room - 1 && b.length() + name > width - 1) {
                break;
            }
            b.append(pad(c.value(), name));
            shown++;
            if (shown % perLine == 0) {
                lines.add(b.toString().stripTrailing());
                b.setLength(0);
            }
        }
        if (b.length() > 0) {
            lines.add(b.toString().stripTrailing());
        }
        if (shown < matches.size()) {
            lines.add("… " + (matches.size() - shown) + " more; type more letters");
        }
        return lines;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    private void show(List<String> lines) {
        int rows = terminal.getHeight();
        if (rows < 3) {
            return;
        }
        List<String> shown = lines.size() > rows - 2 ? lines.subList(0, rows - 2) : lines;
        PrintWriter w = terminal.writer();
        w.print(SAVE);
        int top = rows - shown.size();
        for (int row = Math.min(top, rows - shownRows); row < top; row++) {
            w.print("\u001b[" + row + ";1H\u001b[2K");
        }
        for (int i = 0; i < shown.size(); i++) {
            w.print("\u001b[" + (top + i) + ";1H\u001b[2K\u001b[7m " + shown.get(i) + " \u001b[0m");
        }
        w.print(RESTORE);
        w.flush();
        shownRows = shown.size();
    }

    private void clear() {
        if (shownRows == 0) {
            return;
        }
        int rows = terminal.getHeight();
        PrintWriter w = terminal.writer();
        w.print(SAVE);
        for (int row = rows - shownRows; row < rows; row++) {
            w.print("\u001b[" + row + ";1H\u001b[2K");
        }
        w.print(RESTORE);
        w.flush();
        shownRows = 0;
    }
}
