package dev.vastlaunch.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JsonTextTest {
    @Test
    void doublesAreWrittenInPlainDigitsAsBigDecimalWritesThem() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < 20_000; i++) {
            double d = i % 2 == 0
                    ? Double.longBitsToDouble(rnd.nextLong())
                    : Math.round(rnd.nextDouble() * 1e6) / 1e3 * Math.pow(10, rnd.nextInt(-12, 13));
            if (!Double.isFinite(d) || d == 0) {
                continue;
            }
            String plain = BigDecimal.valueOf(d).toPlainString();
            StringBuilder sb = new StringBuilder();
            JsonText.appendDouble(sb, d);
            String expected = Math.abs(d) >= 1e-3 && Math.abs(d) < 1e7
                    ? Double.toString(d)
                    : plain.indexOf('.') < 0 ? plain + ".0" : plain;
            assertThat(sb.toString()).as("%s", d).isEqualTo(expected);
        }
    }

    @Test
    void epochSecondsReadLikeTheRealApis() {
        StringBuilder sb = new StringBuilder();
        JsonText.appendDouble(sb, 1_795_987_752.289);
        sb.append(' ');
        JsonText.appendDouble(sb, 1.8e9);
        sb.append(' ');
        JsonText.appendDouble(sb, Double.NaN);
        assertThat(sb).hasToString("1795987752.289 1800000000.0 null");
    }
}
