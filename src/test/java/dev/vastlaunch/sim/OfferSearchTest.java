package dev.vastlaunch.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfferSearchTest {
    private static SimServer server;
    private static SimHttp http;

    @BeforeAll
    static void start() throws Exception {
        server = SimServer.start(SimOptions.defaults().withOfferCount(800));
        http = new SimHttp(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Map<String, Object> query(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static List<Map<String, Object>> all(Object... kv) {
        Map<String, Object> q = query(kv);
        q.putIfAbsent("limit", 100_000);
        SimHttp.Reply r = http.search(q);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.offers();
    }

    private static Map<String, Object> nullEq() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eq", null);
        return m;
    }

    private static double num(Map<String, Object> offer, String field) {
        return ((Number) Objects.requireNonNull(offer.get(field), field)).doubleValue();
    }

    private static List<Object> ids(List<Map<String, Object>> offers) {
        return offers.stream().map(o -> o.get("id")).collect(Collectors.toList());
    }

    @Test
    void searchWithoutLimitReturnsSixtyFourOffersByScoreDescending() {
        List<Map<String, Object>> offers = http.search(Map.of()).offers();

        assertThat(offers).hasSize(OfferSearch.DEFAULT_LIMIT);
        assertThat(offers).extracting(o -> num(o, "score")).isSortedAccordingTo(Comparator.<Double>reverseOrder());
    }

    @Test
    void theCliDefaultQueryReturnsOnlyVerifiedRentableInternalOffers() {
        List<Map<String, Object>> offers = all(
                "verified", Map.of("eq", true),
                "external", Map.of("eq", false),
                "rentable", Map.of("eq", true),
                "order", List.of(List.of("score", "desc")),
                "type", "on-demand",
                "allocated_storage", 5.0);

        assertThat(offers).isNotEmpty().allSatisfy(o -> {
            assertThat(o.get("verified")).isEqualTo(true);
            assertThat(o.get("verification")).isEqualTo("verified");
            assertThat(o.get("external")).isEqualTo(false);
            assertThat(o.get("rentable")).isEqualTo(true);
        });
        assertThat(offers.size()).isLessThan(all().size());
    }

    @Test
    void numericStringsSelectTheSameOffersAsNumbers() {
        List<Object> asNumbers = ids(all("num_gpus", Map.of("gte", 4), "reliability2", Map.of("gt", 0.99)));
        List<Object> asStrings = ids(all("num_gpus", Map.of("gte", "4"), "reliability2", Map.of("gt", "0.99")));

        assertThat(asStrings).isNotEmpty().isEqualTo(asNumbers);
    }

    @ParameterizedTest(name = "num_gpus {0} 2")
    @CsvSource({"eq", "neq", "gt", "gte", "lt", "lte"})
    void eachComparisonOperatorKeepsExactlyTheMatchingOffers(String op) {
        List<Map<String, Object>> everything = all();
        List<Map<String, Object>> matched = all("num_gpus", Map.of(op, 2));

        List<Object> expected = new ArrayList<>();
        for (Map<String, Object> o : everything) {
            double n = num(o, "num_gpus");
            boolean keep = switch (op) {
                case "eq" -> n == 2;
                case "neq" -> n != 2;
                case "gt" -> n > 2;
                case "gte" -> n >= 2;
                case "lt" -> n < 2;
                default -> n <= 2;
            };
            if (keep) {
                expected.add(o.get("id"));
            }
        }
        assertThat(ids(matched)).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void inAndNotinSplitTheCatalogByListMembership() {
        List<String> names = List.of("RTX 4090", "RTX 3090");
        List<Map<String, Object>> in = all("gpu_name", Map.of("in", names));
        List<Map<String, Object>> notin = all("gpu_name", Map.of("notin", names));

        assertThat(in).isNotEmpty().allSatisfy(o -> assertThat(names).contains((String) o.get("gpu_name")));
        assertThat(notin).isNotEmpty().noneSatisfy(o -> assertThat(names).contains((String) o.get("gpu_name")));
        assertThat(in.size() + notin.size()).isEqualTo(all().size());
    }

    @Test
    void gpuNameWithASpaceMatchesExactly() {
        assertThat(all("gpu_name", Map.of("eq", "RTX 4090")))
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.get("gpu_name")).isEqualTo("RTX 4090"));
        assertThat(all("gpu_name", Map.of("eq", "RTX_4090"))).isEmpty();
    }

    @Test
    void geolocationCountryCodesMatchTheCountryPartOfTheLocation() {
        List<Map<String, Object>> us = all("geolocation", Map.of("eq", "US"));
        List<Map<String, Object>> notUs = all("geolocation", Map.of("neq", "US"));
        List<Map<String, Object>> europe = all("geolocation", Map.of("in", List.of("DE", "NL")));

        assertThat(us)
                .isNotEmpty()
                .allSatisfy(o -> assertThat((String) o.get("geolocation")).endsWith(", US"));
        assertThat(notUs)
                .isNotEmpty()
                .noneSatisfy(o -> assertThat((String) o.get("geolocation")).endsWith(", US"));
        assertThat(europe)
                .isNotEmpty()
                .allSatisfy(o -> assertThat((String) o.get("geolocation")).matches(".*, (DE|NL)"));
        assertThat(all("geolocation", Map.of("notin", List.of("US", "CA"))))
                .isNotEmpty()
                .noneSatisfy(o -> assertThat((String) o.get("geolocation")).matches(".*, (US|CA)"));
    }

    @Test
    void orderSortsAscendingOrDescendingByTheGivenField() {
        List<Map<String, Object>> asc = all("order", List.of(List.of("dph_total", "asc")));
        List<Map<String, Object>> desc = all("order", List.of(List.of("dph_total", "desc")));

        assertThat(asc).extracting(o -> num(o, "dph_total")).isSorted();
        assertThat(desc).extracting(o -> num(o, "dph_total")).isSortedAccordingTo(Comparator.<Double>reverseOrder());
        assertThat(num(asc.get(0), "dph_total")).isLessThan(num(desc.get(0), "dph_total"));
    }

    @Test
    void limitCutsThePageAfterOrdering() {
        List<Map<String, Object>> five = http.search(query("limit", 5, "order", List.of(List.of("dph_total", "asc"))))
                .offers();

        assertThat(ids(five))
                .isEqualTo(
                        ids(all("order", List.of(List.of("dph_total", "asc")))).subList(0, 5));
    }

    @Test
    void bidSearchPricesAtTheMinimumBid() {
        Map<String, Object> onDemand =
                all("type", "on-demand", "allocated_storage", 0).get(0);
        List<Map<String, Object>> bids =
                all("type", "bid", "allocated_storage", 0, "id", Map.of("eq", onDemand.get("id")));

        Map<String, Object> bid = bids.get(0);
        assertThat(onDemand.get("is_bid")).isEqualTo(false);
        assertThat(bid.get("is_bid")).isEqualTo(true);
        assertThat(num(bid, "dph_total")).isEqualTo(num(bid, "min_bid"));
        assertThat(num(bid, "min_bid")).isLessThan(num(onDemand, "dph_total"));
        assertThat(all("type", "interruptible", "limit", 3))
                .allSatisfy(o -> assertThat(o.get("is_bid")).isEqualTo(true));
    }

    @Test
    void reservedSearchShowsADiscountedTotalBelowTheTotal() {
        assertThat(all("type", "reserved", "limit", 20)).allSatisfy(o -> {
            assertThat(num(o, "discounted_dph_total")).isLessThan(num(o, "dph_total"));
            assertThat(o.get("is_bid")).isEqualTo(false);
        });
    }

    @Test
    void allocatedStorageIsPricedIntoDphTotalPerGbMonth() {
        Map<String, Object> small = all("allocated_storage", 10, "limit", 1).get(0);
        Map<String, Object> large = all("allocated_storage", 730, "id", Map.of("eq", small.get("id")))
                .get(0);

        double perHourPerGb = num(small, "storage_cost") / (30 * 24);
        assertThat(num(small, "dph_total")).isCloseTo(num(small, "dph_base") + 10 * perHourPerGb, within());
        assertThat(num(large, "dph_total")).isCloseTo(num(large, "dph_base") + 730 * perHourPerGb, within());
        assertThat(num(large, "dph_total")).isGreaterThan(num(small, "dph_total"));
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-5);
    }

    @Test
    void dphTotalFilterUsesThePriceIncludingStorage() {
        List<Map<String, Object>> cheap = all("dph_total", Map.of("lt", "0.2"), "allocated_storage", 100);

        assertThat(cheap)
                .isNotEmpty()
                .allSatisfy(o -> assertThat(num(o, "dph_total")).isLessThan(0.2));
    }

    @Test
    void unknownFieldsAndOperatorsAreIgnored() {
        List<Object> plain = ids(all("num_gpus", Map.of("eq", 1)));
        List<Object> withJunk = ids(all(
                "num_gpus",
                Map.of("eq", 1, "like", "x"),
                "no_such_field",
                Map.of("eq", 3),
                "cuda_vers",
                Map.of("gte", 99)));

        assertThat(withJunk).isNotEmpty().isEqualTo(plain);
    }

    @Test
    void booleanFiltersAcceptStringsAndNullMatchesMissingValues() {
        assertThat(ids(all("static_ip", Map.of("eq", "true")))).isEqualTo(ids(all("static_ip", Map.of("eq", true))));
        assertThat(all("external", nullEq()))
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.get("external")).isNull());
    }

    @Test
    void driverVersionFiltersComparePackedVersions() {
        List<Map<String, Object>> recent = all("driver_version", Map.of("gte", 550054015));
        List<Map<String, Object>> dotted = all("driver_version", Map.of("gte", "550.54.15"));

        assertThat(recent)
                .isNotEmpty()
                .allSatisfy(o -> assertThat(num(o, "driver_vers")).isGreaterThanOrEqualTo(550054015));
        assertThat(ids(dotted)).isEqualTo(ids(recent));
    }

    @Test
    void offerFieldsKeepTheWireTypes() {
        String body = http.search(query("limit", 50)).body();

        assertThat(body).containsPattern("\"id\": \\d+,");
        assertThat(body)
                .doesNotContainPattern("\"(id|ask_contract_id|machine_id|host_id|num_gpus|gpu_ram|cpu_ram"
                        + "|compute_cap|direct_port_count|has_avx)\": \\d+\\.");
        assertThat(body).containsPattern("\"disk_space\": \\d+\\.\\d+");
        assertThat(body).containsPattern("\"driver_version\": \"\\d+\\.\\d+\\.\\d+\"");
        assertThat(body).containsPattern("\"has_avx\": [01],");
        assertThat(body).containsPattern("\"start_date\": \\d{10}\\.\\d+");
        assertThat(body).doesNotContain("E9");
    }

    @Test
    void everyOfferCarriesPlausibleMarketData() {
        assertThat(all()).allSatisfy(o -> {
            assertThat(num(o, "num_gpus")).isIn(1.0, 2.0, 4.0, 8.0);
            assertThat(num(o, "reliability2")).isBetween(0.85, 0.9999);
            assertThat(num(o, "cuda_max_good")).isBetween(11.8, 12.8);
            assertThat(num(o, "min_bid")).isLessThan(num(o, "dph_base"));
            assertThat(num(o, "gpu_total_ram")).isEqualTo(num(o, "gpu_ram") * num(o, "num_gpus"));
            assertThat(o.get("ask_contract_id")).isEqualTo(o.get("id"));
            assertThat(o.get("verified")).isEqualTo("verified".equals(o.get("verification")));
            assertThat((String) o.get("geolocation")).matches("[A-Za-z -]+, [A-Z]{2}");
        });
        assertThat(all("gpu_name", Map.of("eq", "RTX 4090")))
                .allSatisfy(o -> assertThat(num(o, "gpu_ram")).isEqualTo(24564));
    }
}
