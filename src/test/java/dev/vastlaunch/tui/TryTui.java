package dev.vastlaunch.tui;

import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.BarResult;
import dev.vastlaunch.app.CommandBar;
import dev.vastlaunch.app.State;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.Outcome;
import dev.vastlaunch.term.TerminalOwner;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;

/** Runs the screens on the real terminal with fake ports, for trying them by hand in tmux; not a test. */
public final class TryTui {
    private TryTui() {}

    /** Opens the terminal, runs the screens with 3000 fake offers, and prints the final draft. */
    public static void main(String[] args) throws Exception {
        Fakes.Offers offers = new Fakes.Offers();
        List<Offer> many = new ArrayList<>();
        Random rnd = new Random(1);
        String[] gpus = {"RTX 4090", "RTX 3090", "A100 SXM4", "H100 SXM", "RTX A6000", "L40S"};
        String[] places = {"Texas, US", "Quebec, CA", "Bavaria, DE", "Utah, US", "Tokyo, JP", "Oslo, NO"};
        for (int i = 0; i < 3000; i++) {
            many.add(Fakes.offer(
                    100_000 + i,
                    gpus[rnd.nextInt(gpus.length)],
                    1 + rnd.nextInt(8),
                    0.1 + rnd.nextDouble() * 5,
                    places[rnd.nextInt(places.length)]));
        }
        offers.answer = q -> {
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Outcome.Ok<>(many);
        };
        Fakes.RecordingSubmitter submitter = new Fakes.RecordingSubmitter();
        Fakes.Instances instances = new Fakes.Instances();
        State end;
        try (TerminalOwner owner = TerminalOwner.open()) {
            LineReader reader =
                    LineReaderBuilder.builder().terminal(owner.jline()).build();
            CommandBar bar = state -> owner.prompt(() -> read(owner, reader));
            end = TuiApp.run(
                    owner,
                    State.initial(true),
                    Fakes.ports(offers, submitter, instances),
                    bar,
                    TuiOptions.from(args.length > 0 && args[0].equals("--no-color"), System.getenv()),
                    Outside.none());
        }
        System.out.println("final screen: " + end.screen() + ", offer "
                + end.editor().draft().offerId() + ", submitted " + submitter.requests.size());
    }

    private static BarResult read(TerminalOwner owner, LineReader reader) {
        int rows = owner.jline().getSize().getRows();
        owner.jline().writer().print("\u001b[" + rows + ";1H\u001b[2K");
        owner.jline().writer().flush();
        try {
            String line = reader.readLine(":").strip();
            if (line.equals("q") || line.equals("quit")) {
                return new BarResult(List.of(), true, null);
            }
            if (line.startsWith("image ")) {
                return BarResult.of(List.of(new Action.SetImage(line.substring(6))));
            }
            return BarResult.cancelled();
        } catch (UserInterruptException | EndOfFileException e) {
            return BarResult.cancelled();
        }
    }
}
