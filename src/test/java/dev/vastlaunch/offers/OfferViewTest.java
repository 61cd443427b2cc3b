package dev.vastlaunch.offers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.testing.Fixtures;
import dev.vastlaunch.testing.Gen;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The offers screen's local filter: every word must occur in the id, GPU, location, verification or GPU count. */
class OfferViewTest {
    private static final List<String> GPUS = List.of("RTX 4090", "A100 SXM4", "H100 NVL", "rtx a6000");
    private static final List<String> PLACES = List.of("Texas, US", "Québec, CA", "Bavaria, DE", "Tokyo, JP");

    private static Offer offer(Gen g) {
        Offer o = Fixtures.offer(g.between(1, 99_999_999), g.pick(GPUS), g.pick(1, 2, 4, 8, 10), 0.5, 0.99);
        return new Offer(
                o.id(),
                o.gpuName(),
                o.numGpus(),
                o.gpuRamMb() + g.between(0, 2047),
                g.oneIn(2) ? o.dphTotal() : g.between(1, 400_000) / 100_000.0 + g.pick(0.0, 0.00005, 0.000049),
                o.dphBase(),
                o.minBid(),
                o.dlperf(),
                g.oneIn(2) ? o.dlperfPerDphTotal() : g.between(0, 99_999) / 100.0,
                g.oneIn(2) ? o.reliability() : g.between(9_000, 10_000) / 10_000.0,
                o.cudaMaxGood(),
                o.driverVersion(),
                g.oneIn(2) ? o.inetDownMbps() : g.between(0, 99_999) / 10.0,
                o.inetUpMbps(),
                o.directPortCount(),
                g.pick(PLACES),
                g.oneIn(2) ? o.durationSeconds() : g.between(0, 9_999_999) * 1.0,
                o.diskSpaceGb(),
                o.cpuRamMb(),
                o.cpuCoresEffective(),
                g.pick("verified", "unverified", "deverified"),
                o.machineId(),
                o.hostId(),
                o.storageCostPerGbMonth(),
                o.score(),
                o.discountedDphTotal(),
                o.totalFlops(),
                o.diskBwMbps(),
                o.listedAs());
    }

    /**
     * The rule written plainly (strings built per offer): every word is an id prefix, a part of the GPU name ({@code _}
     * as a space), the location or the verification, or a whole cell of a usual column.
     */
    private static boolean reference(Offer o, String filter) {
        for (String w : filter.strip().toLowerCase(Locale.ROOT).split("\\s+", -1)) {
            if (w.isEmpty()) {
                continue;
            }
            String word = w.replace('_', ' ');
            boolean field = o.gpuName().toLowerCase(Locale.ROOT).contains(word)
                    || o.geolocation().toLowerCase(Locale.ROOT).contains(word)
                    || o.verification().toLowerCase(Locale.ROOT).contains(word);
            boolean id = w.chars().allMatch(c -> c >= '0' && c <= '9')
                    && Long.toString(o.id()).startsWith(w);
            boolean cell = java.util.Arrays.stream(OfferColumn.values())
                    .anyMatch(c -> !c.wide()
                            && !c.isText()
                            && c != OfferColumn.ID
                            && c.text(o).toLowerCase(Locale.ROOT).equals(w));
            if (!field && !id && !cell) {
                return false;
            }
        }
        return true;
    }

    @Test
    void keepsExactlyTheOffersThePlainRuleKeeps() {
        Gen.forAll(
                9,
                300,
                g -> {
                    List<Offer> offers = new ArrayList<>();
                    int n = g.between(1, 30);
                    for (int i = 0; i < n; i++) {
                        offers.add(offer(g));
                    }
                    Offer some = offers.get(0);
                    String words = g.oneOf(
                            () -> g.string("0123456789x", 1, 4),
                            () -> g.string("aeirstuvxnd49 ", 1, 6),
                            () -> String.valueOf(some.id()).substring(0, 3),
                            () -> some.numGpus() + "X",
                            () -> g.pick(OfferColumn.values()).text(some),
                            () -> g.pick(OfferColumn.values()).text(some) + "0",
                            () -> g.pick(OfferColumn.values()).text(some).replaceFirst("\\.?[0-9]$", ""),
                            () -> some.gpuName().toUpperCase(Locale.ROOT) + " "
                                    + some.geolocation().substring(0, 3),
                            () -> "  " + some.verification().substring(1) + "  ");
                    return new Object[] {offers, words};
                },
                input -> {
                    @SuppressWarnings("unchecked")
                    List<Offer> offers = (List<Offer>) input[0];
                    String filter = (String) input[1];
                    List<Offer> kept = OfferView.apply(offers, filter, OfferColumn.PRICE, false);
                    assertThat(kept)
                            .containsExactlyInAnyOrderElementsOf(offers.stream()
                                    .filter(o -> reference(o, filter))
                                    .toList());
                });
    }

    @Test
    void sortsEveryColumnAsItsComparatorThenByPriceStably() {
        Gen.forAll(
                11,
                200,
                g -> {
                    List<Offer> offers = new ArrayList<>();
                    int n = g.between(0, 40);
                    for (int i = 0; i < n; i++) {
                        Offer o = offer(g);
                        // few distinct prices and ids, so ties are common
                        offers.add(
                                g.oneIn(2)
                                        ? o
                                        : Fixtures.offer(
                                                g.between(1, 5),
                                                o.gpuName(),
                                                o.numGpus(),
                                                g.pick(0.5, 0.7),
                                                g.pick(0.9, 0.99)));
                    }
                    return new Object[] {offers, g.pick(OfferColumn.values()), g.oneIn(2)};
                },
                input -> {
                    @SuppressWarnings("unchecked")
                    List<Offer> offers = (List<Offer>) input[0];
                    OfferColumn column = (OfferColumn) input[1];
                    boolean descending = (Boolean) input[2];
                    Comparator<Offer> order = descending ? ascending(column).reversed() : ascending(column);
                    List<Offer> expected = new ArrayList<>(offers);
                    expected.sort(order.thenComparingDouble(Offer::dphTotal));
                    assertThat(OfferView.apply(offers, "", column, descending)).containsExactlyElementsOf(expected);
                });
    }

    @Test
    void matchesIdPrefixGpuCountCellAndWordsInAnyCase() {
        Offer a = Fixtures.offer(4_101_287, "RTX 4090", 2, 0.5, 0.99);
        Offer b = Fixtures.offer(77, "A100 SXM4", 8, 0.9, 0.99);
        List<Offer> both = List.of(a, b);
        assertThat(OfferView.apply(both, "4101", OfferColumn.PRICE, false)).containsExactly(a);
        assertThat(OfferView.apply(both, "1012", OfferColumn.PRICE, false)).isEmpty();
        assertThat(OfferView.apply(both, "8x", OfferColumn.PRICE, false)).containsExactly(b);
        assertThat(OfferView.apply(both, "rtx_4090 us", OfferColumn.PRICE, false))
                .containsExactly(a);
        assertThat(OfferView.apply(both, "sxm4 VERIFIED", OfferColumn.PRICE, false))
                .containsExactly(b);
        assertThat(OfferView.apply(both, "", OfferColumn.PRICE, false)).containsExactly(a, b);
        assertThat(OfferView.apply(both, "4090 a100", OfferColumn.PRICE, false)).isEmpty();
    }

    /** Returns the ascending order of {@code column}, written here apart from OfferView's as the oracle of its sort. */
    private static Comparator<Offer> ascending(OfferColumn column) {
        return switch (column) {
            case ID -> Comparator.comparingLong(Offer::id);
            case GPU -> Comparator.comparing(Offer::gpuName);
            case NUM -> Comparator.comparingInt(Offer::numGpus);
            case VRAM -> Comparator.comparingLong(Offer::gpuRamMb);
            case PRICE -> Comparator.comparingDouble(Offer::listedDph);
            case DLPERF_USD -> Comparator.comparingDouble(Offer::dlperfPerDphTotal);
            case TFLOPS -> Comparator.comparingDouble(Offer::totalFlops);
            case RELIABILITY -> Comparator.comparingDouble(Offer::reliability);
            case CUDA -> Comparator.comparingDouble(Offer::cudaMaxGood);
            case CPU -> Comparator.comparingDouble(Offer::cpuCoresEffective);
            case RAM -> Comparator.comparingLong(Offer::cpuRamMb);
            case DISK_BW -> Comparator.comparingDouble(Offer::diskBwMbps);
            case NET_DOWN -> Comparator.comparingDouble(Offer::inetDownMbps);
            case NET_UP -> Comparator.comparingDouble(Offer::inetUpMbps);
            case PORTS -> Comparator.comparingInt(Offer::directPortCount);
            case LOCATION -> Comparator.comparing(Offer::geolocation);
            case MAX_DAYS -> Comparator.comparingDouble(Offer::durationSeconds);
        };
    }
}
