package dev.vastlaunch.offers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Keys of the search body that options own are refused as filters, pointing to the option. */
class QueryBodyKeysTest {
    private static SyntaxProblem invalid(String text) {
        QueryParseResult result = QueryParser.parse(text, OfferQuery.defaultFilters());
        assertThat(result).as("parse of <%s>", text).isInstanceOf(QueryParseResult.Invalid.class);
        return ((QueryParseResult.Invalid) result).problem();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "limit=5 | 1 | limit | --limit",
                "gpu_ram>=24 type=bid | 13 | type | --type",
                "order=dph | 1 | order | -o",
                "num_gpus=1  allocated_storage>=40 | 13 | allocated_storage | --storage",
                "limit=any | 1 | limit | --limit",
            })
    void bodyKeysOwnedByOptionsAreNotFilters(String query, int column, String field, String flag) {
        SyntaxProblem p = invalid(query);
        assertThat(p.column()).isEqualTo(column);
        assertThat(p.message())
                .isEqualTo("'" + field + "' is not a filter: the search body uses it for the " + flag
                        + " option; write " + flag + " instead");
    }
}
