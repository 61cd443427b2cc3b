package dev.vastlaunch;

/** Composition root of vastlaunch. */
public final class Main {
    private Main() {}

    /** Runs vastlaunch with the given command-line arguments. */
    public static void main(String[] args) {
        System.out.println("vastlaunch");
    }
}
