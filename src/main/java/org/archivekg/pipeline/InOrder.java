package org.archivekg.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over a list on several threads and hands the results to a consumer on the calling thread, in
 * list order: the output of a parallel run is the output of a sequential one. At most a few results per thread
 * wait to be consumed, so memory stays bounded however long the list is.
 */
final class InOrder {

    private InOrder() {
    }

    /** {@code work} must not throw (a failure is part of its result); {@code consume} sees the results in order. */
    static <T, R> void run(List<T> items, int threads, Function<T, R> work, Consumer<R> consume) {
        run(items.iterator(), items.size() <= 1 ? 1 : threads, work, consume);
    }

    /** As {@link #run(List, int, Function, Consumer)}, over items read one at a time on the calling thread. */
    static <T, R> void run(Iterator<T> items, int threads, Function<T, R> work, Consumer<R> consume) {
        if (threads <= 1) {
            while (items.hasNext()) consume.accept(work.apply(items.next()));
            return;
        }
        int window = threads * 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "archive-kg-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<R>> pending = new ArrayDeque<>();
            while (items.hasNext() || !pending.isEmpty()) {
                while (items.hasNext() && pending.size() < window) {
                    T item = items.next();
                    pending.add(pool.submit(() -> work.apply(item)));
                }
                consume.accept(take(pending.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R take(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        }
    }
}
