package dev.vastlaunch.api;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Answers by method and path: each route plays its answers in order and then repeats the last one; an unknown
 * route gets a 599 so a test that calls something unexpected fails loudly.
 */
final class RoutingDispatcher extends Dispatcher {
    private final Map<String, Deque<MockResponse>> routes = new ConcurrentHashMap<>();

    RoutingDispatcher on(String method, String path, MockResponse... answers) {
        Deque<MockResponse> queue = new ArrayDeque<>();
        for (MockResponse answer : answers) {
            queue.add(answer);
        }
        routes.put(method + " " + path, queue);
        return this;
    }

    /** Adds a route only when none is set for {@code method} and {@code path}. */
    RoutingDispatcher onIfAbsent(String method, String path, MockResponse... answers) {
        return routes.containsKey(method + " " + path) ? this : on(method, path, answers);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        Deque<MockResponse> queue =
                routes.get(request.getMethod() + " " + request.getUrl().encodedPath());
        if (queue == null) {
            return ApiFixtures.text(599, "no route for " + request.getMethod() + " " + request.getTarget());
        }
        synchronized (queue) {
            return queue.size() > 1 ? queue.poll() : queue.peek();
        }
    }
}
