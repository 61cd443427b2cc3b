package dev.vastlaunch.app;

import dev.vastlaunch.offers.OfferQuery;
import dev.vastlaunch.offers.Outcome;

/** Lists the answers {@code --raw} prints as the server wrote them; each asks the ports itself. */
public sealed interface RawRequest {
    /** Asks the server and returns its JSON, every key kept. */
    Outcome<String> run(Ports ports);

    /** The offers of a search. */
    record Offers(OfferQuery query) implements RawRequest {
        @Override
        public Outcome<String> run(Ports ports) {
            return ports.offers().searchRaw(query);
        }
    }

    /** Every instance of the user. */
    record Instances() implements RawRequest {
        @Override
        public Outcome<String> run(Ports ports) {
            return ports.instances().listRaw();
        }
    }

    /** One instance. */
    record Instance(long id) implements RawRequest {
        @Override
        public Outcome<String> run(Ports ports) {
            return ports.instances().showRaw(id);
        }
    }
}
