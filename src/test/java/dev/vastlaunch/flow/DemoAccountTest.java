package dev.vastlaunch.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.DemoAccountFile;
import dev.vastlaunch.api.ClientSettings;
import dev.vastlaunch.api.VastHttpClient;
import dev.vastlaunch.config.StateDir;
import dev.vastlaunch.launch.EnvEntry;
import dev.vastlaunch.launch.EnvSpec;
import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.launch.LaunchDraft;
import dev.vastlaunch.launch.LaunchResult;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferQuery;
import dev.vastlaunch.offers.Outcome;
import dev.vastlaunch.sim.SimOptions;
import dev.vastlaunch.sim.SimServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo account file shared by processes: one offer, one renter; a bad file set aside; secrets not kept. */
class DemoAccountTest {
    private static final String KEY = "demo-account-test-key";

    @TempDir
    Path home;

    private final List<String> warnings = new CopyOnWriteArrayList<>();

    private SimOptions options(StateDir dir) {
        return SimOptions.defaults()
                .withApiKey(KEY)
                .withOfferCount(2000)
                .withTimings(Duration.ofMillis(30), Duration.ofMillis(90))
                .withAccountFile(new DemoAccountFile(dir, warnings::add));
    }

    private static VastHttpClient client(SimServer sim) {
        return VastHttpClient.create(ClientSettings.defaults(sim.baseUrl(), KEY, "test"));
    }

    private static List<Offer> offers(VastHttpClient c) {
        return ((Outcome.Ok<List<Offer>>) c.search(OfferQuery.defaults())).value();
    }

    private static LaunchResult create(VastHttpClient c, long offer, EnvSpec env) {
        return c.submit(LaunchDraft.empty().toBuilder()
                .offerId(offer)
                .image("ubuntu:22.04")
                .env(env)
                .build()
                .toRequest());
    }

    @Test
    void aChangeAnsweredBeforeTheSimulatorClosesIsWrittenBeforeCloseReturns() throws Exception {
        StateDir dir = new StateDir(home.resolve("vastlaunch"));
        DemoAccountFile real = new DemoAccountFile(dir, warnings::add);
        // The answer leaves before the account is written; a slow disk makes that window wide.
        dev.vastlaunch.sim.AccountFile slow = new dev.vastlaunch.sim.AccountFile() {
            @Override
            public <T> T locked(java.util.function.Supplier<T> work) {
                return real.locked(work);
            }

            @Override
            public @org.jspecify.annotations.Nullable Object version() {
                return real.version();
            }

            @Override
            public @org.jspecify.annotations.Nullable String read() throws java.io.IOException {
                return real.read();
            }

            @Override
            public boolean write(String text) {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false; // as an interrupted file channel fails
                }
                return real.write(text);
            }

            @Override
            public void setAside(String why) {
                real.setAside(why);
            }

            @Override
            public String envValueToKeep(String name, String value) {
                return real.envValueToKeep(name, value);
            }
        };
        long id;
        SimServer sim = SimServer.start(options(dir).withAccountFile(slow));
        try (VastHttpClient c = client(sim)) {
            LaunchResult created = create(c, offers(c).get(0).id(), EnvSpec.EMPTY);
            id = ((LaunchResult.Created) created).instanceId();
        } finally {
            sim.close();
        }
        assertThat(real.read()).as("the account file after close").isNotNull().contains(String.valueOf(id));
    }

    @Test
    void twoProcessesSharingTheAccountCannotBothRentOneOfferNorGetOneId() throws Exception {
        StateDir dir = new StateDir(home.resolve("vastlaunch"));
        try (SimServer first = SimServer.start(options(dir));
                SimServer second = SimServer.start(options(dir));
                VastHttpClient a = client(first);
                VastHttpClient b = client(second)) {
            List<Offer> seenByBoth = offers(b);
            assertThat(offers(a).get(0).id()).isEqualTo(seenByBoth.get(0).id());
            long offer = seenByBoth.get(0).id();
            LaunchResult won = create(a, offer, EnvSpec.EMPTY);
            assertThat(won).isInstanceOf(LaunchResult.Created.class);
            assertThat(create(b, offer, EnvSpec.EMPTY)).isInstanceOf(LaunchResult.Rejected.class);
            LaunchResult other = create(b, seenByBoth.get(1).id(), EnvSpec.EMPTY);
            assertThat(((LaunchResult.Created) other).instanceId())
                    .isNotEqualTo(((LaunchResult.Created) won).instanceId());
            List<Instance> listedByA = ((Outcome.Ok<List<Instance>>) a.listInstances()).value();
            assertThat(listedByA).hasSize(2);
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void aCorruptAccountFileIsSetAsideWithOneWarningAndTheDemoGoesOn() throws Exception {
        StateDir dir = new StateDir(home.resolve("vastlaunch"));
        dir.create();
        Files.writeString(dir.demoAccount(), "{\"version\": 1, \"instances\": [");
        try (SimServer sim = SimServer.start(options(dir));
                VastHttpClient c = client(sim)) {
            assertThat(((Outcome.Ok<List<Instance>>) c.listInstances()).value()).isEmpty();
            assertThat(create(c, offers(c).get(0).id(), EnvSpec.EMPTY)).isInstanceOf(LaunchResult.Created.class);
        }
        assertThat(warnings)
                .singleElement()
                .asString()
                .contains(dir.demoAccount().toString())
                .contains("demo-account.json.bad-");
        try (Stream<Path> files = Files.list(dir.dir())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("demo-account.json.bad-"))
                    .contains("demo-account.json");
        }
    }

    @Test
    void theAccountFileIsPrivateAndKeepsNoSecretEnvValue() throws Exception {
        StateDir dir = new StateDir(home.resolve("vastlaunch"));
        EnvSpec env = new EnvSpec(List.of(
                new EnvEntry.Variable("API_TOKEN_2", "plain-looking"),
                new EnvEntry.Variable("MODEL", "hf_abcdefghijklmnopqrstuvwxyz0123456789"),
                new EnvEntry.Variable("MODE", "fast")));
        try (SimServer sim = SimServer.start(options(dir));
                VastHttpClient c = client(sim)) {
            assertThat(create(c, offers(c).get(0).id(), env)).isInstanceOf(LaunchResult.Created.class);
        }
        String text = Files.readString(dir.demoAccount(), StandardCharsets.UTF_8);
        assertThat(text)
                .doesNotContain("plain-looking")
                .doesNotContain("hf_abc")
                .contains("\"fast\"");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.demoAccount())))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.dir())))
                .isEqualTo("rwx------");
    }

    @Test
    void anUnwritableStateDirSaysDemoInstancesWillNotBeKept() throws Exception {
        StateDir dir =
                new StateDir(Files.writeString(home.resolve("not-a-dir"), "").resolve("vastlaunch"));
        try (SimServer sim = SimServer.start(options(dir));
                VastHttpClient c = client(sim)) {
            assertThat(create(c, offers(c).get(0).id(), EnvSpec.EMPTY)).isInstanceOf(LaunchResult.Created.class);
        }
        assertThat(warnings).singleElement().asString().startsWith("demo instances will not be kept");
    }
}
