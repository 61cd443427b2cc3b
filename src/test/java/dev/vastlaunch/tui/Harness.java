package dev.vastlaunch.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.vastlaunch.app.BarResult;
import dev.vastlaunch.app.CommandBar;
import dev.vastlaunch.app.State;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Drives the screens headless on a virtual terminal: keys in, one settled frame of text out. */
final class Harness implements AutoCloseable {
    final DefaultVirtualTerminal vt;
    final Fakes.Offers offers = new Fakes.Offers();
    final Fakes.RecordingSubmitter submitter = new Fakes.RecordingSubmitter();
    final Fakes.Instances instances = new Fakes.Instances();
    final List<State> barCalls = new ArrayList<>();
    BarResult barAnswer = BarResult.cancelled();
    /** The presets and history the screens see; set it in a setup. */
    dev.vastlaunch.app.Library library = dev.vastlaunch.app.Library.none();
    /** The command lines handed the terminal (ssh), in order. */
    final List<List<String>> handedOff = new ArrayList<>();
    /** The texts copied to the clipboard, in order. */
    final List<String> copied = new ArrayList<>();
    /** What a handed-off program returns. */
    dev.vastlaunch.app.HandOff.Ended handOffAnswer = new dev.vastlaunch.app.HandOff.Ended.Exited(0);

    private final Outside outside = new Outside() {
        @Override
        public Ended run(List<String> argv) {
            handedOff.add(argv);
            return handOffAnswer;
        }

        @Override
        public void copy(String text) {
            copied.add(text);
        }
    };
    final Tui tui;

    Harness(int columns, int rows) {
        this(columns, rows, State.initial(true), TuiOptions.of(false));
    }

    Harness(int columns, int rows, State initial, TuiOptions options) {
        this(columns, rows, initial, options, h -> {});
    }

    Harness(int columns, int rows, State initial, TuiOptions options, java.util.function.Consumer<Harness> setup) {
        this(columns, rows, initial, options.withConfirmGuard(0), setup, true);
    }

    /** Returns a harness that keeps {@code y} ignored for {@code millis} after the confirmation opens. */
    static Harness guarded(int columns, int rows, long millis) {
        return new Harness(
                columns, rows, State.initial(true), TuiOptions.of(false).withConfirmGuard(millis), h -> {}, true);
    }

    /** Returns a harness with {@code options} exactly as given ({@code asGiven} only tells this constructor apart). */
    private Harness(
            int columns,
            int rows,
            State initial,
            TuiOptions options,
            java.util.function.Consumer<Harness> setup,
            @SuppressWarnings("UnusedVariable") boolean asGiven) {
        vt = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        setup.accept(this);
        CommandBar bar = state -> {
            barCalls.add(state);
            return barAnswer;
        };
        tui = TuiApp.open(
                vt,
                initial,
                Fakes.ports(offers, submitter, instances).withLibrary(library),
                bar,
                options,
                outside,
                UnaryOperator.identity(),
                () -> {});
        settle();
    }

    /** Presses keys one by one, letting the effects each one starts finish before the next. */
    Harness press(KeyStroke... keys) {
        for (KeyStroke k : keys) {
            vt.addInput(k);
            settle();
        }
        return this;
    }

    Harness press(KeyType... types) {
        for (KeyType t : types) {
            press(new KeyStroke(t));
        }
        return this;
    }

    /** Types text one character at a time. */
    Harness type(String text) {
        for (int i = 0; i < text.length(); i++) {
            press(new KeyStroke(text.charAt(i), false, false));
        }
        return this;
    }

    static KeyStroke ch(char c) {
        return new KeyStroke(c, false, false);
    }

    /** Pumps the GUI thread until no effect is in flight, then once more so the last result is drawn. */
    void settle() {
        long end = System.nanoTime() + 5_000_000_000L;
        do {
            tui.step();
            if (tui.state().busy() > 0) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        } while (tui.state().busy() > 0 && System.nanoTime() < end);
        tui.step();
        tui.step();
    }

    State state() {
        return tui.state();
    }

    /** Returns the screen as text, one line per row, trailing blanks removed. */
    String text() {
        TerminalSize size = vt.getTerminalSize();
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < size.getRows(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < size.getColumns(); c++) {
                TextCharacter ch = vt.getBufferCharacter(c, r);
                line.append(ch.getCharacterString());
                if (ch.isDoubleWidth()) {
                    c++;
                }
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        return b.toString();
    }

    /** Returns row {@code r} of the screen. */
    String row(int r) {
        return text().split("\n", -1)[r];
    }

    void resize(int columns, int rows) {
        vt.setTerminalSize(new TerminalSize(columns, rows));
        settle();
    }

    @Override
    public void close() {
        tui.close();
    }
}
