package dev.vastlaunch.launch;

/** Sends a create-instance request exactly once; implemented by the HTTP client and by test fakes. */
public interface Submitter {
    /** Submits {@code request} and returns its fate; never resends a request that may have reached the server. */
    LaunchResult submit(LaunchRequest request);
}
