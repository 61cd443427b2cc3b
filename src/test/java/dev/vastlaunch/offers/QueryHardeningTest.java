package dev.vastlaunch.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Query values and option numbers that used to slip through: non-finite numbers and other scripts' digits. */
class QueryHardeningTest {
    private static SyntaxProblem invalid(String text) {
        QueryParseResult result = QueryParser.parse(text, OfferQuery.defaultFilters());
        assertThat(result).as("parse of <%s>", text).isInstanceOf(QueryParseResult.Invalid.class);
        return ((QueryParseResult.Invalid) result).problem();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "num_gpus>=1e999 | 11 | 'num_gpus' value '1e999' is too large to send as a number",
                "gpu_ram>=1e306 | 10 | 'gpu_ram' value '1e306' is too large to send as a number",
                "reliability>0.9  dph<-1E400 | 22 | 'dph_total' value '-1E400' is too large to send as a number",
                "num_gpus>=1e99999999999 | 11 | 'num_gpus' expects a number (ASCII digits), got '1e99999999999'",
                "num_gpus>=NaN | 11 | 'num_gpus' expects a number (ASCII digits), got 'NaN'",
                "num_gpus>=Infinity | 11 | 'num_gpus' expects a number (ASCII digits), got 'Infinity'",
                "num_gpus>=0x10 | 11 | 'num_gpus' expects a number (ASCII digits), got '0x10'",
                "num_gpus>=١٢ | 11 | 'num_gpus' expects a number (ASCII digits), got '١٢'",
                "driver_version>=٥٣٥.86.05 | 17 | driver_version expects three parts like 535.86.05, got '٥٣٥.86.05'",
            })
    void numbersThatCannotBeSentAreRefusedAtTheirColumn(String query, int column, String message) {
        SyntaxProblem p = invalid(query);
        assertThat(p.column()).isEqualTo(column);
        assertThat(p.message()).isEqualTo(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"--limit,١٠", "--limit,１０", "--storage,٤٠", "--storage,Infinity", "--storage,10f", "--limit,1e999"})
    void optionNumbersAcceptAsciiDigitsOnly(String option, String value) {
        SearchOffersCommand.Result r = SearchOffersCommand.parse(List.of(option, value));
        assertThat(r.args()).isNull();
        assertThat(Objects.requireNonNull(r.problem()).message()).startsWith(option + " expects");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"12", "-3", "0.5", ".5", "5.", "1e3", "-2E-2", "+7"})
    void asciiDecimalsAreNumbers(String text) {
        assertThat(Numbers.finite(text)).contains(Double.parseDouble(text));
    }
}
