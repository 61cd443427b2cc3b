package dev.vastlaunch.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogTest {
    private static final double NOW = 1_790_000_000.0;

    @Test
    void theSameSeedGivesTheSameCatalogAndAnotherSeedDoesNot() {
        Offer[] a = CatalogGenerator.generate(42, 20_000, NOW);
        Offer[] b = CatalogGenerator.generate(42, 20_000, NOW);
        Offer[] c = CatalogGenerator.generate(43, 20_000, NOW);

        assertThat(a).hasSize(20_000).isEqualTo(b);
        assertThat(Arrays.equals(a, c)).isFalse();
    }

    @Test
    void idsAreUniqueAndAscendingSoLookupsCanBisect() {
        Offer[] offers = CatalogGenerator.generate(1, 5_000, NOW);

        for (int i = 1; i < offers.length; i++) {
            assertThat(offers[i].id()).isGreaterThan(offers[i - 1].id());
        }
    }

    @Test
    void theCatalogSpansTheRealGpuModelsAndCountries() {
        Offer[] offers = CatalogGenerator.generate(42, 20_000, NOW);
        Set<String> gpus = new HashSet<>();
        Set<String> countries = new HashSet<>();
        Set<Integer> counts = new HashSet<>();
        for (Offer o : offers) {
            gpus.add(o.gpu().name());
            countries.add(o.machine().countryCode());
            counts.add(o.numGpus());
        }

        assertThat(gpus).contains("RTX 4090", "RTX 5090", "H100 SXM", "A100 SXM4", "L40S", "B200", "Tesla V100");
        assertThat(countries).contains("US", "CA", "DE", "NL", "JP").hasSizeGreaterThan(15);
        assertThat(counts).containsExactlyInAnyOrder(1, 2, 4, 8);
        long verified = Arrays.stream(offers)
                .filter(o -> o.machine().verification().equals("verified"))
                .count();
        assertThat(verified).isBetween(15_000L, 19_000L);
    }

    @Test
    void newCardsGetDriversNewEnoughForThem() {
        assertThat(CatalogGenerator.generate(42, 20_000, NOW))
                .filteredOn(
                        o -> o.gpu().name().equals("RTX 5090") || o.gpu().name().equals("B200"))
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.machine().cudaMaxGood()).isGreaterThanOrEqualTo(12.8));
    }

    @Test
    void driverVersionsPackIntoThreeDigitGroups() {
        assertThat(CatalogGenerator.packVersion("550.54.15")).isEqualTo(550_054_015);
        assertThat(CatalogGenerator.packVersion("535.86.05")).isEqualTo(535_086_005);
    }
}
