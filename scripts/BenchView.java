import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferColumn;
import dev.vastlaunch.offers.OfferView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Times the local filter and re-sort of 20,000 loaded offers, as one keystroke on the offers screen costs. */
public final class BenchView {
    public static void main(String[] args) {
        String[] gpus = {"RTX 4090", "RTX 3090", "A100 SXM4", "H100 SXM", "RTX 5090", "L40S", "RTX A6000"};
        String[] places = {"Texas, US", "Quebec, CA", "Bavaria, DE", "Tokyo, JP", "North Holland, NL"};
        Random r = new Random(42);
        List<Offer> offers = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            double dph = 0.1 + r.nextDouble() * 20;
            offers.add(new Offer(1_000_000 + i, gpus[r.nextInt(gpus.length)], 1 << r.nextInt(4), 24_564, dph,
                    dph * 0.9, dph * 0.5, r.nextDouble() * 300, r.nextDouble() * 400, 0.9 + r.nextDouble() / 10,
                    12.4, "550.54.15", r.nextDouble() * 9000, 800, r.nextInt(500), places[r.nextInt(places.length)],
                    r.nextDouble() * 9e6, 500, 64_000, 16, "verified", i, i, 0.15, 100, null));
        }
        String[] filters = {"", "4", "40", "409", "4090", "4090 te", "4090 tex"};
        OfferColumn[] columns = OfferColumn.values();
        for (int warm = 0; warm < 200; warm++) {
            OfferView.apply(offers, filters[warm % filters.length], columns[warm % columns.length], warm % 2 == 0);
        }
        long[] times = new long[400];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            OfferView.apply(offers, filters[i % filters.length], columns[i % columns.length], i % 2 == 0);
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        System.out.printf("filter+sort of 20,000 offers: median %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (%d keystrokes)%n",
                times[times.length / 2] / 1e6, times[times.length * 95 / 100] / 1e6, times[times.length * 99 / 100] / 1e6,
                times[times.length - 1] / 1e6, times.length);
    }
}
