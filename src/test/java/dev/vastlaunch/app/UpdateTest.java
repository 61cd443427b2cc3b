package dev.vastlaunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.launch.LaunchDraft;
import dev.vastlaunch.launch.LaunchResult;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferColumn;
import dev.vastlaunch.offers.OfferQuery;
import dev.vastlaunch.offers.OfferType;
import dev.vastlaunch.offers.Outcome;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpdateTest {
    private static final List<Offer> OFFERS = List.of(
            Fixtures.offer(11, "RTX 4090", 1, 0.40),
            Fixtures.offer(12, "RTX 4090", 1, 0.35),
            Fixtures.offer(13, "A100 SXM4", 8, 9.0));

    private static Next apply(State s, Action a) {
        return Update.apply(s, a);
    }

    private static State searched() {
        Next n = apply(State.initial(true), new Action.Search());
        Effect.SearchOffers e = (Effect.SearchOffers) n.effects().get(0);
        return apply(n.state(), new Action.OffersLoaded(e.searchId(), new Outcome.Ok<>(OFFERS)))
                .state();
    }

    private static State readyToLaunch() {
        State s = apply(searched(), new Action.SelectOffer(12)).state();
        s = apply(s, new Action.TemplatesLoaded(new Outcome.Ok<>(List.of(Fixtures.template()))))
                .state();
        return apply(s, new Action.ApplyTemplate("PyTorch")).state();
    }

    @Test
    void searchSendsTheTypedQueryWithDefaultsVisibleAndPriceOrder() {
        Next n = apply(State.initial(false), new Action.Search());
        assertThat(n.effects()).hasSize(1);
        Effect.SearchOffers e = (Effect.SearchOffers) n.effects().get(0);
        assertThat(e.query().filters()).containsKeys("verified", "external", "rentable");
        assertThat(e.query().order().get(0).field()).isEqualTo("dph_total");
        assertThat(n.state().offers().loading()).isTrue();
    }

    @Test
    void aPageArrivingInTheBackgroundLeavesAWarningOnTheStatusLine() {
        Next first = apply(State.initial(true), new Action.Search());
        Effect.SearchOffers page = (Effect.SearchOffers) first.effects().get(0);
        Status warned = Status.warning("Image ubuntu:22.04 is typed: press Enter again to use template PyTorch");
        State reading = first.state().withStatus(warned);

        State loaded = apply(reading, new Action.OffersLoaded(page.searchId(), new Outcome.Ok<>(OFFERS)))
                .state();

        assertThat(loaded.status()).isEqualTo(warned);
        assertThat(loaded.offers().loaded()).hasSize(OFFERS.size());
    }

    @Test
    void theGpuNamesAreAskedForOnceTheFirstPageAnsweredNotBesideIt() {
        Next first = apply(State.initial(true), new Action.Search());
        assertThat(first.effects()).noneMatch(Effect.LoadGpuNames.class::isInstance);
        Effect.SearchOffers page = (Effect.SearchOffers) first.effects().get(0);

        Next answered =
                apply(first.state(), new Action.OffersLoaded(page.searchId(), new Outcome.Ok<>(OFFERS), page.rest()));
        assertThat(answered.effects())
                .filteredOn(Effect.LoadGpuNames.class::isInstance)
                .hasSize(1);
        Next failed = apply(
                first.state(),
                new Action.OffersLoaded(page.searchId(), new Outcome.Failed<>("connection refused"), page.rest()));
        assertThat(failed.effects())
                .filteredOn(Effect.LoadGpuNames.class::isInstance)
                .hasSize(1);

        // A later search while the names are still missing asks for them beside it; once known, never again.
        Next again = apply(answered.state(), new Action.Search());
        assertThat(again.effects())
                .filteredOn(Effect.LoadGpuNames.class::isInstance)
                .hasSize(1);
        State named = apply(answered.state(), new Action.GpuNamesLoaded(new Outcome.Ok<>(List.of("RTX 4090"))))
                .state();
        assertThat(apply(named, new Action.Search()).effects()).noneMatch(Effect.LoadGpuNames.class::isInstance);
    }

    private static List<Offer> offers(int from, int count) {
        return java.util.stream.IntStream.range(from, from + count)
                .mapToObj(i -> Fixtures.offer(i, "RTX 4090", 1, 0.10 + i / 1000.0))
                .toList();
    }

    @Test
    void theFirstSearchShowsItsCheapestOffersFirstAndThenLoadsTheWholePage() {
        Next n = apply(State.initial(true), new Action.Search());
        Effect.SearchOffers first = (Effect.SearchOffers) n.effects().get(0);
        assertThat(first.query().limit()).isEqualTo(OfferUpdate.FIRST_PAGE);
        OfferQuery whole = java.util.Objects.requireNonNull(first.rest());
        assertThat(whole.limit()).isEqualTo(OfferUpdate.PAGE);
        assertThat(whole.filters()).isEqualTo(first.query().filters());
        assertThat(whole.order()).isEqualTo(first.query().order());

        List<Offer> page = offers(1, OfferUpdate.FIRST_PAGE);
        Next shown = apply(n.state(), new Action.OffersLoaded(first.searchId(), new Outcome.Ok<>(page), whole));
        assertThat(shown.state().offers().view()).hasSize(OfferUpdate.FIRST_PAGE);
        assertThat(shown.state().offers().loading()).isTrue();
        assertThat(shown.state().status().message()).contains("loading the rest");
        Effect.SearchOffers rest = (Effect.SearchOffers) shown.effects().get(0);
        assertThat(shown.effects()).hasSize(3);
        assertThat(shown.effects().get(1)).isInstanceOf(Effect.LoadGpuNames.class);
        // The templates the next screen lists are asked for now, so its first visit does not wait for them.
        assertThat(shown.effects().get(2)).isInstanceOf(Effect.LoadTemplates.class);
        assertThat(shown.state().templates().requested()).isTrue();
        assertThat(apply(shown.state(), new Action.Go(Screen.IMAGE)).effects()).isEmpty();
        assertThat(rest.searchId()).isEqualTo(first.searchId());
        assertThat(rest.query()).isEqualTo(whole);
        assertThat(rest.rest()).isNull();
        // Chosen while the rest loads: the choice stands.
        State chosen = apply(shown.state(), new Action.SelectOffer(5)).state();
        assertThat(chosen.editor().draft().offerId()).isEqualTo(5L);

        List<Offer> all = offers(1, OfferUpdate.FIRST_PAGE + 50);
        State done = apply(shown.state(), new Action.OffersLoaded(rest.searchId(), new Outcome.Ok<>(all)))
                .state();
        assertThat(done.offers().loading()).isFalse();
        assertThat(done.offers().view()).hasSize(OfferUpdate.FIRST_PAGE + 50);
        assertThat(done.status().message()).isEqualTo((OfferUpdate.FIRST_PAGE + 50) + " offers");
        // Only the first search of a session is split.
        Effect.SearchOffers again =
                (Effect.SearchOffers) apply(done, new Action.Search()).effects().get(0);
        assertThat(again.query().limit()).isEqualTo(OfferUpdate.PAGE);
        assertThat(again.rest()).isNull();
    }

    @Test
    void aFirstPageWithFewerOffersIsTheWholeAnswer() {
        Next n = apply(State.initial(true), new Action.Search());
        Effect.SearchOffers first = (Effect.SearchOffers) n.effects().get(0);
        Next done = apply(n.state(), new Action.OffersLoaded(first.searchId(), new Outcome.Ok<>(OFFERS), first.rest()));
        assertThat(done.effects())
                .hasSize(2)
                .hasExactlyElementsOfTypes(Effect.LoadGpuNames.class, Effect.LoadTemplates.class);
        assertThat(done.state().offers().loading()).isFalse();
        assertThat(done.state().status().message()).isEqualTo("3 offers");
    }

    @Test
    void aNewSearchWhileTheRestLoadsWins() {
        Next n = apply(State.initial(true), new Action.Search());
        Effect.SearchOffers first = (Effect.SearchOffers) n.effects().get(0);
        Next shown = apply(
                n.state(),
                new Action.OffersLoaded(
                        first.searchId(), new Outcome.Ok<>(offers(1, OfferUpdate.FIRST_PAGE)), first.rest()));
        Next again = apply(shown.state(), new Action.Search());
        Effect.SearchOffers newer = (Effect.SearchOffers) again.effects().get(0);
        State s = apply(again.state(), new Action.OffersLoaded(newer.searchId(), new Outcome.Ok<>(OFFERS)))
                .state();
        State late = apply(s, new Action.OffersLoaded(first.searchId(), new Outcome.Ok<>(offers(1, 500))))
                .state();
        assertThat(late.offers().view()).extracting(Offer::id).containsExactly(12L, 11L, 13L);
    }

    @Test
    void loadedOffersAreSortedByPriceAndLateAnswersAreIgnored() {
        State s = searched();
        assertThat(s.offers().view()).extracting(Offer::id).containsExactly(12L, 11L, 13L);
        Next late = apply(s, new Action.OffersLoaded(0, new Outcome.Ok<>(List.of())));
        assertThat(late.state().offers().view()).hasSize(3);
    }

    @Test
    void aQueryProblemIsShownAtItsColumnAndNothingIsSearched() {
        State s = apply(State.initial(false), new Action.EditQuery("num_gpus>=2 ^^"))
                .state();
        assertThat(s.offers().queryProblem())
                .extracting(p -> p == null ? 0 : p.column())
                .isEqualTo(13);
        Next n = apply(s, new Action.Search());
        assertThat(n.effects()).isEmpty();
        assertThat(n.state().status().level()).isEqualTo(Status.Level.ERROR);
    }

    @Test
    void anEmptyResultAsksForAnExplanation() {
        Next n = apply(State.initial(false), new Action.Search());
        long id = ((Effect.SearchOffers) n.effects().get(0)).searchId();
        Next empty = apply(n.state(), new Action.OffersLoaded(id, new Outcome.Ok<>(List.of())));
        assertThat(empty.effects()).singleElement().isInstanceOf(Effect.ExplainEmpty.class);
    }

    @Test
    void sortingTheSameColumnTwiceFlipsIt() {
        State s = apply(searched(), new Action.SortBy(OfferColumn.PRICE)).state();
        assertThat(s.offers().descending()).isTrue();
        assertThat(s.offers().view().get(0).id()).isEqualTo(13);
        s = apply(s, new Action.SortBy(OfferColumn.PRICE)).state();
        assertThat(s.offers().view().get(0).id()).isEqualTo(12);
    }

    @Test
    void gpuNamesAreFetchedOnlyUntilKnown() {
        State s = apply(State.initial(false), new Action.GpuNamesLoaded(new Outcome.Ok<>(List.of("RTX 4090"))))
                .state();
        assertThat(apply(s, new Action.Search()).effects()).singleElement().isInstanceOf(Effect.SearchOffers.class);
    }

    @Test
    void destroyingAnInstanceRefreshesTheListOrShowsTheServersReason() {
        InstanceChange destroy = new InstanceChange.Destroy();
        Next n = apply(State.initial(false), new Action.ChangeInstance(5, destroy));
        assertThat(n.effects()).containsExactly(new Effect.ChangeInstance(5, destroy));
        Next ok = apply(n.state(), new Action.InstanceChanged(5, destroy, new Outcome.Ok<>(true)));
        assertThat(ok.effects()).containsExactly(new Effect.ListInstances(), new Effect.LoadAccount());
        assertThat(ok.state().instances().lastChange())
                .isEqualTo(new InstancesState.Changed(5, true, "Instance 5 destroyed"));
        Next refused = apply(
                n.state(),
                new Action.InstanceChanged(5, destroy, new Outcome.Rejected<>(404, "not_found", "Instance not found")));
        assertThat(refused.state().status().text()).contains("Instance not found");
        assertThat(refused.state().instances().lastChange())
                .extracting(InstancesState.Changed::ok)
                .isEqualTo(false);
    }

    @Test
    void recentlyUsedTemplatesComeFirstThenRecommendedOnes() {
        var pytorch = Fixtures.template();
        var plain = new dev.vastlaunch.launch.Template(
                8,
                "ffffffffffffffffffffffffffffffff",
                "Plain",
                "ubuntu",
                "22.04",
                "",
                "",
                "ssh",
                "",
                false,
                false,
                true,
                null,
                false,
                8,
                false,
                java.util.Map.of(),
                "");
        TemplatesState t = TemplatesState.initial().with("", List.of(pytorch, plain), false, true);
        assertThat(t.visible()).extracting(dev.vastlaunch.launch.Template::name).containsExactly("PyTorch", "Plain");
        TemplatesState recent = t.withRecent(List.of(plain.hashId()), List.of());
        assertThat(recent.visible())
                .extracting(dev.vastlaunch.launch.Template::name)
                .containsExactly("Plain", "PyTorch");
        assertThat(recent.isRecent(plain)).isTrue();
    }

    @Test
    void aLocalFilterKeepsMatchingRowsOnly() {
        State s = apply(searched(), new Action.FilterLocal("a100")).state();
        assertThat(s.offers().view()).extracting(Offer::id).containsExactly(13L);
    }

    @Test
    void selectingAnOfferMovesToTheImageScreenAndLoadsTemplatesOnce() {
        Next n = apply(searched(), new Action.SelectOffer(12));
        assertThat(n.state().screen()).isEqualTo(Screen.IMAGE);
        assertThat(n.state().editor().draft().offerId()).isEqualTo(12L);
        assertThat(n.effects()).singleElement().isInstanceOf(Effect.LoadTemplates.class);
        Next again = apply(n.state(), new Action.SelectOffer(11));
        assertThat(again.effects()).isEmpty();
    }

    @Test
    void anInterruptibleOfferGetsItsMinimumBidPresetSoItIsNeverRentedOnDemandSilently() {
        State s = apply(State.initial(false), new Action.SetType(OfferType.INTERRUPTIBLE))
                .state();
        long id = s.offers().searchId();
        s = apply(s, new Action.OffersLoaded(id, new Outcome.Ok<>(OFFERS))).state();
        s = apply(s, new Action.SelectOffer(11)).state();
        assertThat(s.editor().draft().price()).isEqualTo(0.2);
        s = apply(s, new Action.SetBid(null)).state();
        assertThat(s.editor().draft().validate()).anyMatch(p -> p.field().equals("price") && p.blocking());
    }

    @Test
    void aDraftWithoutOfferFactsLooksTheOfferUpBeforeAskingAndABidTooLowIsRefused() {
        LaunchDraft typed = LaunchDraft.empty().toBuilder()
                .offerId(11L)
                .image("ubuntu:22.04")
                .price(0.001)
                .build();
        Next asked =
                apply(apply(State.initial(false), new Action.LoadDraft(typed)).state(), new Action.RequestLaunch());
        assertThat(asked.state().launch().phase()).isEqualTo(LaunchPhase.CHECKING);
        assertThat(asked.effects()).containsExactly(new Effect.FetchOffer(11, OfferType.INTERRUPTIBLE, 10.0));
        Offer bidOffer = OFFERS.get(0);
        State refused = apply(
                        asked.state(),
                        new Action.OfferFetched(11, OfferType.INTERRUPTIBLE, new Outcome.Ok<>(Optional.of(bidOffer))))
                .state();
        assertThat(refused.launch().phase()).isEqualTo(LaunchPhase.EDITING);
        assertThat(refused.status().message()).contains("below the offer's minimum bid");
        // Dropping the bid (no interruptible search was made) means on-demand: the offer is looked up again.
        State onDemand = apply(refused, new Action.SetBid(null)).state();
        Next again = apply(onDemand, new Action.RequestLaunch());
        assertThat(again.effects()).containsExactly(new Effect.FetchOffer(11, OfferType.ON_DEMAND, 10.0));
        State confirming = apply(
                        again.state(),
                        new Action.OfferFetched(11, OfferType.ON_DEMAND, new Outcome.Ok<>(Optional.of(bidOffer))))
                .state();
        assertThat(confirming.launch().phase()).isEqualTo(LaunchPhase.CONFIRMING);
        assertThat(confirming.launch().message()).contains("(on-demand, incl. 10 GB storage)");
    }

    @Test
    void launchingAsksForConfirmationAndSubmitsNothingUntilConfirmed() {
        State s = apply(readyToLaunch(), new Action.RequestLaunch()).state();
        assertThat(s.launch().phase()).isEqualTo(LaunchPhase.CONFIRMING);
        Next cancel = apply(s, new Action.CancelLaunch());
        assertThat(cancel.effects()).isEmpty();
        assertThat(cancel.state().launch().phase()).isEqualTo(LaunchPhase.EDITING);
        Next confirm = apply(s, new Action.ConfirmLaunch());
        assertThat(confirm.effects()).singleElement().isInstanceOf(Effect.SubmitLaunch.class);
        Effect.SubmitLaunch submit = (Effect.SubmitLaunch) confirm.effects().get(0);
        assertThat(submit.request().templateHashId())
                .isEqualTo(Fixtures.template().hashId());
        assertThat(submit.request().offerId()).isEqualTo(12);
    }

    @Test
    void anEditAfterTheReviewSendsTheUserBackToTheReviewAndNothingUnreviewedIsSubmitted() {
        State s = apply(readyToLaunch(), new Action.RequestLaunch()).state();
        s = apply(s, new Action.SetDisk(500.0)).state();
        assertThat(s.launch().phase()).isEqualTo(LaunchPhase.EDITING);
        assertThat(s.status().text()).contains("review it again");
        assertThat(apply(s, new Action.ConfirmLaunch()).effects()).isEmpty();
    }

    @Test
    void confirmSubmitsExactlyTheReviewedRequest() {
        State s = apply(readyToLaunch(), new Action.RequestLaunch()).state();
        var reviewed = s.launch().request();
        Next n = apply(s, new Action.ConfirmLaunch());
        assertThat(((Effect.SubmitLaunch) n.effects().get(0)).request()).isSameAs(reviewed);
    }

    @Test
    void switchingThePricingTypeDropsRowsPricedForTheOldOne() {
        State s = apply(searched(), new Action.SetType(OfferType.INTERRUPTIBLE)).state();
        assertThat(s.offers().view()).isEmpty();
        assertThat(s.offers().loading()).isTrue();
    }

    @Test
    void afterAnUnknownOutcomeLaunchingAgainFirstLoadsTheInstanceList() {
        State s = apply(apply(readyToLaunch(), new Action.RequestLaunch()).state(), new Action.ConfirmLaunch())
                .state();
        s = apply(s, new Action.LaunchFinished(new LaunchResult.Unknown("may have been created")))
                .state();
        Next again = apply(s, new Action.RequestLaunch());
        assertThat(again.effects()).containsExactly(new Effect.ListInstances());
        assertThat(again.state().launch().phase()).isEqualTo(LaunchPhase.EDITING);
        assertThat(apply(again.state(), new Action.RequestLaunch())
                        .state()
                        .launch()
                        .phase())
                .isEqualTo(LaunchPhase.CONFIRMING);
    }

    @Test
    void aPlain404IsNotMistakenForATakenOffer() {
        assertThat(new LaunchResult.Rejected(404, "", "Not Found").offerGone()).isFalse();
        assertThat(new LaunchResult.Rejected(404, "invalid_args", "error 404/3603: no_such_ask Instance type")
                        .offerGone())
                .isTrue();
        assertThat(new LaunchResult.Rejected(410, "", "gone").offerGone()).isTrue();
    }

    @Test
    void aNewInstanceMissingFromTheFirstPollsIsPolledAgain() {
        State s = apply(apply(readyToLaunch(), new Action.RequestLaunch()).state(), new Action.ConfirmLaunch())
                .state();
        s = apply(s, new Action.LaunchFinished(new LaunchResult.Created(9, false)))
                .state();
        Next n = apply(s, new Action.InstancePolled(9, new Outcome.Ok<>(Optional.empty())));
        assertThat(n.state().launch().phase()).isEqualTo(LaunchPhase.WAITING);
        assertThat(n.effects()).singleElement().isInstanceOf(Effect.PollInstance.class);
    }

    @Test
    void confirmWithoutAReviewedLaunchDoesNothing() {
        Next n = apply(readyToLaunch(), new Action.ConfirmLaunch());
        assertThat(n.effects()).isEmpty();
        assertThat(n.state().status().level()).isEqualTo(Status.Level.ERROR);
    }

    @Test
    void aDraftWithProblemsIsNotOfferedForConfirmation() {
        State s = apply(searched(), new Action.SelectOffer(12)).state();
        Next n = apply(s, new Action.RequestLaunch());
        assertThat(n.state().launch().phase()).isEqualTo(LaunchPhase.EDITING);
        assertThat(n.state().status().text()).contains("image");
    }

    @Test
    void aCreatedInstanceIsPolledUntilItRunsAndTheSshCommandIsShown() {
        State s = apply(apply(readyToLaunch(), new Action.RequestLaunch()).state(), new Action.ConfirmLaunch())
                .state();
        Next created = apply(s, new Action.LaunchFinished(new LaunchResult.Created(777, false)));
        assertThat(created.state().launch().phase()).isEqualTo(LaunchPhase.WAITING);
        // The poll, and the attempt written to the launch history.
        assertThat(created.effects())
                .hasSize(2)
                .hasExactlyElementsOfTypes(Effect.PollInstance.class, Effect.RecordLaunch.class);
        Next loading = apply(
                created.state(),
                new Action.InstancePolled(777, new Outcome.Ok<>(Optional.of(Fixtures.instance(777, "loading")))));
        assertThat(loading.effects()).singleElement().isInstanceOf(Effect.PollInstance.class);
        Next running = apply(
                loading.state(),
                new Action.InstancePolled(777, new Outcome.Ok<>(Optional.of(Fixtures.instance(777, "running")))));
        assertThat(running.state().launch().phase()).isEqualTo(LaunchPhase.RUNNING);
        assertThat(running.state().launch().message()).contains("ssh -p 41022 root@203.0.113.7");
        assertThat(running.effects()).isEmpty();
        assertThat(running.state().busy()).isZero();
    }

    @Test
    void aTakenOfferOffersTheNextBestOfTheSameGpuAndAsksAgain() {
        State s = apply(apply(readyToLaunch(), new Action.RequestLaunch()).state(), new Action.ConfirmLaunch())
                .state();
        s = apply(
                        s,
                        new Action.LaunchFinished(new LaunchResult.Rejected(
                                404,
                                "invalid_args",
                                "error 404/3603: no_such_ask Instance type by id 12 is not available.")))
                .state();
        assertThat(s.launch().offerGone()).isTrue();
        Next next = apply(s, new Action.UseNextOffer());
        assertThat(next.effects()).isEmpty();
        assertThat(next.state().editor().draft().offerId()).isEqualTo(11L);
        assertThat(next.state().launch().phase()).isEqualTo(LaunchPhase.CONFIRMING);
        assertThat(next.state().offers().find(12)).isEmpty();
    }

    @Test
    void anUnknownOutcomeIsNeverResent() {
        State s = apply(apply(readyToLaunch(), new Action.RequestLaunch()).state(), new Action.ConfirmLaunch())
                .state();
        Next n = apply(s, new Action.LaunchFinished(new LaunchResult.Unknown("may have been created")));
        // Nothing is resent; only the attempt is written to the launch history.
        assertThat(n.effects()).singleElement().isInstanceOf(Effect.RecordLaunch.class);
        assertThat(n.state().launch().phase()).isEqualTo(LaunchPhase.UNKNOWN);
        assertThat(apply(n.state(), new Action.ConfirmLaunch()).effects()).isEmpty();
    }

    @Test
    void badEnvTextIsFlaggedAndBlocksTheLaunch() {
        State s = apply(readyToLaunch(), new Action.EditEnvText("-e A=1 -e NOEQUALS"))
                .state();
        assertThat(s.editor().envProblems())
                .singleElement()
                .extracting(p -> p.column())
                .isEqualTo(11);
        assertThat(s.editor().draft().env().get("A")).contains("1");
        Next n = apply(s, new Action.RequestLaunch());
        assertThat(n.state().launch().phase()).isEqualTo(LaunchPhase.EDITING);
        assertThat(n.state().screen()).isEqualTo(Screen.ENV);
    }

    @Test
    void portsAndVariablesEditTheDraftAndTheOptionsText() {
        State s = apply(readyToLaunch(), new Action.PutEnv("HF_TOKEN", "hf_x")).state();
        s = apply(s, new Action.AddPort("8000/udp")).state();
        assertThat(s.editor().envText()).isEqualTo("-e HF_TOKEN=hf_x -p 8000:8000/udp");
        s = apply(s, new Action.RemoveEnv("HF_TOKEN")).state();
        assertThat(s.editor().envText()).isEqualTo("-p 8000:8000/udp");
        Next bad = apply(s, new Action.AddPort("99999"));
        assertThat(bad.state().status().level()).isEqualTo(Status.Level.ERROR);
    }
}
