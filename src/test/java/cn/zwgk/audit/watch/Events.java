package cn.zwgk.audit.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What a watch told its listener, taken one at a time: a test waits for the next one (with a
 * generous bound, for a slow machine) instead of sleeping.
 */
final class Events<T> {
    static final Duration PATIENCE = Duration.ofMinutes(3);

    private final BlockingQueue<T> queue = new LinkedBlockingQueue<>();

    void add(T event) {
        queue.add(event);
    }

    T next() throws InterruptedException {
        T event = queue.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(event).as("the watch did not report within %s", PATIENCE).isNotNull();
        return event;
    }
}
