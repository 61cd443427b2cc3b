package dev.vastlaunch.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vastlaunch.testing.Gen;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfferColumnWidthTest {
    /** A number that puts a cell's width on an edge: rounding up a digit, a sign, zero of either sign, no value. */
    private static double number(Gen g) {
        return g.oneOf(
                () -> g.between(-99_999, 999_999) / 100.0,
                () -> g.pick(9.99995, 9.99994, 99.95, 0.99995, -0.00004, -0.0, 0.0, 1023.5, 1e12, -1e7),
                () -> g.pick(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY),
                g::finiteDouble);
    }

    private static Offer offer(Gen g) {
        return new Offer(
                g.pick(1L, 7L, 99_999_999L, -5L, (long) g.between(0, 9_999_999)),
                "RTX 4090",
                g.between(-3, 16),
                (long) g.between(-2048, 200_000),
                number(g),
                number(g),
                null,
                number(g),
                number(g),
                number(g),
                number(g),
                "550",
                number(g),
                number(g),
                g.between(-2, 70_000),
                "Texas, US",
                number(g),
                number(g),
                (long) g.between(-1024, 2_000_000),
                number(g),
                "verified",
                1,
                2,
                0.1,
                number(g),
                g.oneIn(2) ? null : number(g),
                number(g),
                number(g),
                g.pick(OfferType.values()));
    }

    @Test
    void theWidestCellOfANumberColumnIsFoundWithoutFormattingEveryCell() {
        Gen.forAll(0x5EED_0108L, 4_000, g -> g.list(30, () -> offer(g)), rows -> {
            for (OfferColumn c : OfferColumn.values()) {
                if (c.isText()) {
                    continue;
                }
                int formattedAll =
                        rows.stream().mapToInt(o -> c.text(o).length()).max().orElse(0);
                assertThat(c.widestCell(rows)).as("%s over %s", c, rows).isEqualTo(formattedAll);
            }
        });
    }

    @Test
    void aTextColumnIsNotMeasuredThisWay() {
        assertThatThrownBy(() -> OfferColumn.GPU.widestCell(List.of())).isInstanceOf(IllegalStateException.class);
    }
}
