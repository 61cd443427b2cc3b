package dev.vastlaunch.api;

import dev.vastlaunch.offers.Outcome;

/** Small helpers over {@link Outcome}. */
final class Outcomes {
    private Outcomes() {}

    /**
     * Returns a refusal or failure as an outcome of another value type.
     *
     * @throws IllegalArgumentException for an {@link Outcome.Ok}, which has a value that cannot be carried over
     */
    static <A, B> Outcome<B> retype(Outcome<A> outcome) {
        if (outcome instanceof Outcome.Rejected<A> r) {
            return new Outcome.Rejected<>(r.status(), r.error(), r.message());
        }
        if (outcome instanceof Outcome.Failed<A> f) {
            return new Outcome.Failed<>(f.message());
        }
        throw new IllegalArgumentException("an Ok outcome cannot be retyped");
    }
}
