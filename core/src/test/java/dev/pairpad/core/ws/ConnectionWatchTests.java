package dev.pairpad.core.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConnectionWatchTests {

    @Test
    void callbackRunsOnceAfterTheWatchedThreadEndsAlsoWhenTheWatchRestartsLater() throws InterruptedException {
        ConnectionWatch watch = new ConnectionWatch();
        for (int round = 0; round < 2; round++) { // the poller stops when nothing is left, then starts again
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch ended = new CountDownLatch(1);
            AtomicInteger runs = new AtomicInteger();
            AtomicInteger aliveAtCallback = new AtomicInteger();
            Thread connection = Thread.ofVirtual().start(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            watch.watch(connection, () -> {
                runs.incrementAndGet();
                if (connection.isAlive()) {
                    aliveAtCallback.incrementAndGet();
                }
                ended.countDown();
            });
            release.countDown();
            assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
            connection.join();
            // a later thread that ends proves the poller went round again: the first callback did not repeat
            CountDownLatch second = new CountDownLatch(1);
            watch.watch(Thread.ofVirtual().start(() -> { }), second::countDown);
            assertThat(second.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(runs).hasValue(1);
            assertThat(aliveAtCallback).hasValue(0);
        }
    }
}
