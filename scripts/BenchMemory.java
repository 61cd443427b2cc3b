import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.vastlaunch.app.BarResult;
import dev.vastlaunch.app.Ports;
import dev.vastlaunch.app.State;
import dev.vastlaunch.launch.InstanceService;
import dev.vastlaunch.launch.LaunchResult;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferSource;
import dev.vastlaunch.offers.OfferType;
import dev.vastlaunch.offers.Outcome;
import dev.vastlaunch.tui.Outside;
import dev.vastlaunch.tui.Tui;
import dev.vastlaunch.tui.TuiApp;
import dev.vastlaunch.tui.TuiOptions;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Opens the screens on a 100x30 virtual terminal, loads 20,000 offers into the offers screen, scrolls and filters,
 * then prints this JVM's resident memory (VmRSS) in MB; run it with the launcher's JVM flags.
 */
public final class BenchMemory {
    public static void main(String[] args) throws Exception {
        List<Offer> offers = offers(20_000);
        OfferSource source = new OfferSource() {
            @Override
            public Outcome<List<Offer>> search(dev.vastlaunch.offers.OfferQuery query) {
                return new Outcome.Ok<>(offers);
            }

            @Override
            public Outcome<List<String>> gpuNames() {
                return new Outcome.Ok<>(List.of("RTX 4090", "H100 SXM"));
            }
        };
        InstanceService instances = (InstanceService) Proxy.newProxyInstance(BenchMemory.class.getClassLoader(),
                new Class<?>[] {InstanceService.class}, (p, m, a) -> new Outcome.Failed<>("offline"));
        Ports ports = new Ports(
                source, request -> new LaunchResult.NotSent("offline"), instances, new dev.vastlaunch.api.WireJson());
        var vt = new DefaultVirtualTerminal(new TerminalSize(100, 30));
        try (Tui tui = TuiApp.open(vt, State.initial(true), ports, s -> BarResult.cancelled(), TuiOptions.of(false),
                Outside.none(), UnaryOperator.identity(), () -> {})) {
            long end = System.currentTimeMillis() + 20_000;
            while (tui.state().offers().loaded().size() < offers.size() && System.currentTimeMillis() < end) {
                tui.step();
                Thread.sleep(5);
            }
            for (int i = 0; i < 200; i++) {
                vt.addInput(new KeyStroke(KeyType.ArrowDown));
                tui.step();
            }
            for (char c : "/4090".toCharArray()) {
                vt.addInput(new KeyStroke(c, false, false));
                tui.step();
            }
            vt.addInput(new KeyStroke(KeyType.Escape));
            tui.step();
            System.gc();
            Thread.sleep(200);
            int loaded = tui.state().offers().loaded().size();
            String rss = Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).findFirst().orElse("VmRSS: 0 kB");
            long kb = Long.parseLong(rss.replaceAll("[^0-9]", ""));
            System.out.printf("%.1f %d%n", kb / 1024.0, loaded);
        }
    }

    /** Returns {@code n} offers of the usual spread (the same ones for every run), for this bench and BenchView. */
    static List<Offer> offers(int n) {
        String[] gpus = {"RTX 4090", "RTX 3090", "A100 SXM4", "H100 SXM", "RTX 5090", "L40S", "RTX A6000"};
        String[] places = {"Texas, US", "Quebec, CA", "Bavaria, DE", "Tokyo, JP", "North Holland, NL"};
        Random r = new Random(42);
        List<Offer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double dph = 0.1 + r.nextDouble() * 20;
            list.add(new Offer(1_000_000 + i, gpus[r.nextInt(gpus.length)], 1 << r.nextInt(4), 24_564, dph,
                    dph * 0.9, dph * 0.5, r.nextDouble() * 300, r.nextDouble() * 400, 0.9 + r.nextDouble() / 10,
                    12.4, "550.54.15", r.nextDouble() * 9000, 800, r.nextInt(500), places[r.nextInt(places.length)],
                    r.nextDouble() * 9e6, 500, 64_000, 16, "verified", i, i, 0.15, 100, null, 80 + r.nextDouble() * 900,
                    500 + r.nextDouble() * 6000, OfferType.ON_DEMAND));
        }
        return list;
    }
}
