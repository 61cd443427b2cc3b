package dev.vastlaunch.app;

import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Summarizes the $/hour of the matching offers of one GPU model: lowest, median and 90th percentile, with a small text
 * histogram, so a user sees whether a row is a good price.
 *
 * <p>Prices come from the one price function ({@link Pricing}) for the search's type and storage, in $/hour.
 *
 * @param gpuName the GPU model summarized
 * @param count how many offers of that model match
 * @param low the lowest $/hour
 * @param median the median $/hour
 * @param p90 the 90th-percentile $/hour
 * @param histogram one block character per price bucket from {@code low} to {@code p90}, higher = more offers
 */
public record MarketSummary(String gpuName, int count, double low, double median, double p90, String histogram) {
    private static final String BLOCKS = " ▁▂▃▄▅▆▇█";
    private static final int BUCKETS = 10;

    /** Returns the summary of the offers of {@code gpuName} among {@code offers}, priced for {@code type} and disk. */
    public static MarketSummary of(List<Offer> offers, String gpuName, OfferType type, double diskGb) {
        List<Double> prices = new ArrayList<>();
        for (Offer o : offers) {
            if (o.gpuName().equals(gpuName)) {
                prices.add(Pricing.of(o, type, diskGb).perHour());
            }
        }
        prices.sort(Double::compare);
        if (prices.isEmpty()) {
            return new MarketSummary(gpuName, 0, 0, 0, 0, "");
        }
        double low = prices.get(0);
        double median = quantile(prices, 0.5);
        double p90 = quantile(prices, 0.9);
        return new MarketSummary(gpuName, prices.size(), low, median, p90, histogram(prices, low, p90));
    }

    private static double quantile(List<Double> sorted, double q) {
        int i = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static String histogram(List<Double> prices, double low, double high) {
        int[] counts = new int[BUCKETS];
        double span = high - low;
        for (double p : prices) {
            if (p > high) {
                continue;
            }
            int b = span <= 0 ? 0 : (int) Math.min(BUCKETS - 1, Math.floor((p - low) / span * BUCKETS));
            counts[b]++;
        }
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        StringBuilder out = new StringBuilder();
        for (int c : counts) {
            int level = c == 0 ? 0 : Math.max(1, (int) Math.round((double) c / max * (BLOCKS.length() - 1)));
            out.append(BLOCKS.charAt(level));
        }
        return out.toString();
    }

    /** Returns the line shown on Offers within {@code width}: the histogram goes first when space is short. */
    public String describe(int width) {
        String numbers = String.format(
                Locale.ROOT, "%s ×%d  $/h low %.4f  med %.4f  p90 %.4f", gpuName, count, low, median, p90);
        String full = "market " + numbers + "  " + histogram;
        if (full.length() <= width) {
            return full;
        }
        return numbers.length() <= width
                ? numbers
                : String.format(Locale.ROOT, "%s low %.4f med %.4f p90 %.4f", gpuName, low, median, p90);
    }
}
