package dev.vastlaunch.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void finiteReadsAsciiDecimalsToTheNearestDoubleAndNothingElse() {
        assertThat(Numbers.finite(" 40 ")).contains(40.0);
        assertThat(Numbers.finite("0.35")).contains(0.35);
        assertThat(Numbers.finite("+.5")).contains(0.5);
        assertThat(Numbers.finite("1.")).contains(1.0);
        assertThat(Numbers.finite("1e3")).contains(1000.0);
        assertThat(Numbers.finite("0.1000000000000000055511151231257827")).contains(0.1);
        // A negative zero reads as zero (its sign means nothing for a disk, a bid or storage).
        assertThat(Numbers.finite("-0").map(d -> Double.doubleToRawLongBits(d))).contains(0L);
        assertThat(Numbers.finite("1e-99999999999")).contains(0.0);
        for (String bad :
                new String[] {"1e999", "-1e400", "NaN", "Infinity", "0x10", "1f", "1d", "١٢", "", " ", "1,5"}) {
            assertThat(Numbers.finite(bad)).as(bad).isEqualTo(Optional.empty());
        }
    }

    @Test
    void plainWritesWhatBigDecimalsPlainStringWrites() {
        double[] edges = {
            0.0,
            1.0,
            -1.0,
            0.1,
            1e-3,
            9.99e-4,
            1e7,
            9_999_999.9,
            1.0e10,
            1.795987752289e9,
            1e-4,
            1.5e-7,
            1e16,
            1e22,
            1e300,
            -4.9e-324,
            Double.MIN_VALUE,
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            123456789012.5,
            0.00012345
        };
        for (double d : edges) {
            assertThat(Numbers.plain(d))
                    .as("%s", d)
                    .isEqualTo(BigDecimal.valueOf(d).toPlainString());
        }
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            // Every magnitude, and the short decimals users and the API write.
            double d = i % 2 == 0
                    ? Double.longBitsToDouble(rnd.nextLong())
                    : Math.round(rnd.nextDouble() * 1e6) / 1e3 * Math.pow(10, rnd.nextInt(-12, 13));
            if (Double.isFinite(d) && d != 0) {
                assertThat(Numbers.plain(d))
                        .as("%s", d)
                        .isEqualTo(BigDecimal.valueOf(d).toPlainString());
            }
        }
        // BigDecimal has no negative zero; Java and Python print its sign.
        assertThat(Numbers.plain(-0.0)).isEqualTo("-0.0");
    }
}
