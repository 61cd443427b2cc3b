package dev.vastlaunch.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
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
}
