package dev.vastlaunch.launch;

import org.jspecify.annotations.Nullable;

/**
 * Returns the account as {@code GET /api/v0/users/current/} reports it.
 *
 * @param credit the prepaid credit left, in dollars
 * @param balance what is owed beyond the credit (zero or negative), in dollars
 * @param email the account's e-mail, or null when the server does not say
 */
public record Account(
        double credit, double balance, @Nullable String email) {}
