package dev.vastlaunch.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Renders the demo account as {@code GET /api/v0/users/current} answers it: credit falls as instances spend. */
final class Account {
    /** Is the credit the demo account starts with, in dollars. */
    static final double STARTING_CREDIT = 25.0;

    private Account() {}

    /**
     * Returns the user object after {@code spent} dollars: {@code credit} is what is left (never below zero),
     * {@code balance} is minus what is owed beyond the credit, {@code billed_*} is the spending so far.
     */
    static Map<String, @Nullable Object> user(double spent, String apiKey) {
        double left = STARTING_CREDIT - spent;
        Map<String, @Nullable Object> u = new LinkedHashMap<>();
        u.put("id", 424242);
        u.put("username", "demo");
        u.put("fullname", "Demo User");
        u.put("email", "demo@example.com");
        u.put("email_verified", true);
        u.put("api_key", apiKey);
        u.put("credit", round(Math.max(0, left)));
        u.put("balance", round(Math.min(0, left)));
        u.put("balance_threshold", 0.0);
        u.put("balance_threshold_enabled", false);
        u.put("billed_expected", round(spent));
        u.put("billed_verified", round(spent));
        u.put("paid_expected", STARTING_CREDIT);
        u.put("paid_verified", STARTING_CREDIT);
        u.put("got_signup_credit", 1);
        u.put("billing_creditonly", true);
        u.put("can_pay", left > 0);
        u.put("has_billing", false);
        u.put("has_payout", false);
        u.put("has_rented", spent > 0);
        u.put("last4", null);
        u.put("paypal_email", null);
        u.put("password_resettable", true);
        u.put("ssh_key", null);
        u.put("user", "demo");
        u.put("billaddress_city", null);
        u.put("billaddress_country", null);
        u.put("billaddress_line1", null);
        u.put("billaddress_line2", null);
        u.put("billaddress_zip", null);
        return u;
    }

    private static double round(double dollars) {
        return CatalogGenerator.round(dollars, 6);
    }
}
