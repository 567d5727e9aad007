package org.archivekg.server;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIteratorWrapper;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * A hard deadline for every query on a dataset, enforced inside the query engine.
 * <p>
 * Why this exists: ARQ's own timeout ({@code ARQ.queryTimeout}) only sets a cancel flag, and that flag is looked at
 * when an iterator hands out a row. Some plans do all their work before the first row exists: a hash left join
 * (an {@code OPTIONAL { SELECT … }}) builds its table while the plan is being built, and a {@code GRAPH ?g { path }}
 * tries every named graph for every input row, mostly finding nothing. Worse, the timeout callback waits for the plan
 * to be built (it synchronises on the same lock), so such a query ran on for many minutes past its timeout, holding
 * server threads. This executor checks the deadline each time the engine starts an operator (which a
 * {@code GRAPH ?g} does once per graph) and every {@value #CHECK_EVERY} rows each operator produces, and stops the
 * query with ARQ's own {@link QueryCancelledException}, which Fuseki answers with its usual timeout response.
 * <p>
 * A sort is the one place that runs long without asking for rows (Java's sort inside {@code ORDER BY}): an alarm at the
 * deadline cancels the query's sorts the way ARQ cancels iterators, which aborts the sort's comparator.
 * <p>
 * The deadline counts from the first operator the query starts. It extends TDB2's executor, so TDB2's own
 * optimisations (quad patterns, filter placement) are unchanged.
 */
final class QueryDeadline extends OpExecutorTDB2 {

    /** Rows between two looks at the clock. */
    static final int CHECK_EVERY = 256;

    private static final Symbol WATCH = Symbol.create("urn:archive-kg:query-deadline");

    /** One daemon thread rings every query's alarm. */
    private static final ScheduledThreadPoolExecutor ALARMS = alarms();

    private final Watch watch;

    private QueryDeadline(ExecutionContext execCxt, long timeoutMillis) {
        super(execCxt);
        this.watch = watch(execCxt.getContext(), timeoutMillis);
    }

    /** Installs the deadline on every query run against datasets with this context; {@code timeoutMillis > 0}. */
    static void install(Context context, long timeoutMillis) {
        if (timeoutMillis <= 0) throw new IllegalArgumentException("the deadline must be positive");
        OpExecutorFactory factory = execCxt -> new QueryDeadline(execCxt, timeoutMillis);
        QC.setFactory(context, factory);
    }

    /** The query's watch, kept in its own context so that nested executors (subqueries, GRAPH ?g) share it. */
    private static Watch watch(Context queryContext, long timeoutMillis) {
        Watch w = queryContext.get(WATCH);
        if (w == null) {
            w = new Watch(System.nanoTime() + timeoutMillis * 1_000_000L);
            queryContext.set(WATCH, w);
            ALARMS.schedule(w::ring, timeoutMillis, TimeUnit.MILLISECONDS);
        }
        return w;
    }

    @Override
    protected QueryIterator exec(Op op, QueryIterator input) {
        watch.check();
        QueryIterator out = super.exec(op, input);
        // an operator that passes its input through (a join with the unit table) returns it as it is: wrapping the
        // root iterator would hide it from the engine's "is this the root?" tests
        if (out == input) return out;
        Checked checked = new Checked(out);
        if (op instanceof OpOrder) watch.cancelAtDeadline(checked);
        return checked;
    }

    /** One query's deadline, and the sorts to cancel when it passes. */
    private static final class Watch {
        private final long deadlineNanos;
        private final List<WeakReference<QueryIterator>> sorts = new ArrayList<>();

        Watch(long deadlineNanos) {
            this.deadlineNanos = deadlineNanos;
        }

        void check() {
            if (System.nanoTime() - deadlineNanos > 0) throw new QueryCancelledException();
        }

        synchronized void cancelAtDeadline(QueryIterator sort) {
            sorts.add(new WeakReference<>(sort)); // weak: a finished query's sorted rows are not held until the alarm
        }

        /** At the deadline, from the alarm thread: QueryIterator.cancel is made to be called from another thread. */
        synchronized void ring() {
            for (WeakReference<QueryIterator> ref : sorts) {
                QueryIterator sort = ref.get();
                if (sort != null) sort.cancel();
            }
            sorts.clear();
        }
    }

    /** The rows of one operator, with a look at the clock every {@value #CHECK_EVERY} of them. */
    private final class Checked extends QueryIteratorWrapper {
        private int rows;

        Checked(QueryIterator iterator) {
            super(iterator);
        }

        @Override
        protected boolean hasNextBinding() {
            if (++rows % CHECK_EVERY == 0) watch.check();
            return super.hasNextBinding();
        }
    }

    private static ScheduledThreadPoolExecutor alarms() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "query-deadline");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}
