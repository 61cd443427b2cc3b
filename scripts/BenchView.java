import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferColumn;
import dev.vastlaunch.offers.OfferView;
import java.util.Arrays;
import java.util.List;

/**
 * Times what one keystroke on the offers screen costs with 20,000 offers loaded: a filter keystroke (the text
 * changes, the sort stays) and a sort keystroke (another column or direction over all offers, the worst case).
 */
public final class BenchView {
    public static void main(String[] args) {
        List<Offer> offers = BenchMemory.offers(20_000);
        String[] filters = {"", "4", "40", "409", "4090", "4090 te", "4090 tex"};
        OfferColumn[] columns = OfferColumn.values();
        for (int warm = 0; warm < 200; warm++) {
            OfferView.apply(offers, filters[warm % filters.length], columns[warm % columns.length], warm % 2 == 0);
        }
        long[] typing = new long[400];
        for (int i = 0; i < typing.length; i++) {
            OfferColumn sorted = columns[(i / filters.length) % columns.length];
            long t0 = System.nanoTime();
            OfferView.apply(offers, filters[i % filters.length], sorted, false);
            typing[i] = System.nanoTime() - t0;
        }
        long[] sorting = new long[400];
        for (int i = 0; i < sorting.length; i++) {
            long t0 = System.nanoTime();
            OfferView.apply(offers, "", columns[i % columns.length], i % 2 == 0);
            sorting[i] = System.nanoTime() - t0;
        }
        System.out.println(line("filter keystroke", typing));
        System.out.println(line("sort keystroke", sorting));
    }

    private static String line(String what, long[] times) {
        Arrays.sort(times);
        return String.format("%s, 20,000 offers: median %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (%d keystrokes)",
                what, times[times.length / 2] / 1e6, times[times.length * 95 / 100] / 1e6,
                times[times.length * 99 / 100] / 1e6, times[times.length - 1] / 1e6, times.length);
    }
}
