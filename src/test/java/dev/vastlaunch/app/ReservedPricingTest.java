package dev.vastlaunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.launch.OfferFacts;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferType;
import dev.vastlaunch.offers.Outcome;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * An offer found as reserved is launched on-demand (a create has no reserved type; the discount needs a prepay), so
 * the draft, the review and the confirm question price it on-demand, as {@code create instance ID} does.
 */
class ReservedPricingTest {
    // dph_total 0.50 (base 0.45 + 0.05 storage), reserved total 0.30: reserved compute 0.25.
    private static final Offer OFFER = Fixtures.offer(21, "RTX 4090", 1, 0.50, 0.30);

    @Test
    void theFactsOfAReservedFindAreTheOnDemandOnes() {
        OfferFacts reserved = Pricing.facts(OFFER, OfferType.RESERVED);
        assertThat(reserved).isEqualTo(Pricing.facts(OFFER, OfferType.ON_DEMAND));
        assertThat(reserved.computeDph()).isEqualTo(OFFER.dphBase());
    }

    @Test
    void theOffersScreenShowsTheReservedPriceAndWhatALaunchIsBilled() {
        String line = Pricing.describe(OFFER, OfferType.RESERVED, 40, 24);
        assertThat(line)
                .startsWith(Pricing.of(OFFER, OfferType.RESERVED, 40).describe(24))
                .contains("a launch is billed on-demand, "
                        + Pricing.of(OFFER, OfferType.ON_DEMAND, 40).perHourText())
                .contains("prepay");
        assertThat(Pricing.describe(OFFER, OfferType.ON_DEMAND, 40, 24))
                .isEqualTo(Pricing.of(OFFER, OfferType.ON_DEMAND, 40).describe(24));
    }

    @Test
    void choosingAReservedOfferPricesTheDraftOnDemandAndSaysWhy() {
        State s = Update.apply(State.initial(true), new Action.SetType(OfferType.RESERVED))
                .state();
        Next n = Update.apply(s, new Action.Search());
        long id = ((Effect.SearchOffers) n.effects().get(0)).searchId();
        s = Update.apply(n.state(), new Action.OffersLoaded(id, new Outcome.Ok<>(List.of(OFFER))))
                .state();
        s = Update.apply(s, new Action.SelectOffer(21)).state();
        Price price = Objects.requireNonNull(Pricing.of(s.editor().draft()).orElse(null));
        assertThat(price.kind()).isEqualTo("on-demand");
        assertThat(price.perHour())
                .isEqualTo(
                        Pricing.of(OFFER, OfferType.ON_DEMAND, price.diskGb()).perHour());
        assertThat(s.status().message()).contains("reserved prices need a prepay after the launch");
    }
}
