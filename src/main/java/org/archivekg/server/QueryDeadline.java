package org.archivekg.server;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Op;
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
 * The deadline counts from the first operator the query starts. It extends TDB2's executor, so TDB2's own
 * optimisations (quad patterns, filter placement) are unchanged.
 */
final class QueryDeadline extends OpExecutorTDB2 {

    /** Rows between two looks at the clock. */
    static final int CHECK_EVERY = 256;

    private static final Symbol START = Symbol.create("urn:archive-kg:query-start-nanos");

    private final long deadlineNanos;

    private QueryDeadline(ExecutionContext execCxt, long timeoutMillis) {
        super(execCxt);
        this.deadlineNanos = startNanos(execCxt.getContext()) + timeoutMillis * 1_000_000L;
    }

    /** Installs the deadline on every query run against datasets with this context; {@code timeoutMillis > 0}. */
    static void install(Context context, long timeoutMillis) {
        if (timeoutMillis <= 0) throw new IllegalArgumentException("the deadline must be positive");
        OpExecutorFactory factory = execCxt -> new QueryDeadline(execCxt, timeoutMillis);
        QC.setFactory(context, factory);
    }

    /** The time the query started its first operator: kept in the query's own context, shared by nested executors. */
    private static long startNanos(Context queryContext) {
        Long start = queryContext.get(START);
        if (start == null) {
            start = System.nanoTime();
            queryContext.set(START, start);
        }
        return start;
    }

    @Override
    protected QueryIterator exec(Op op, QueryIterator input) {
        check();
        QueryIterator out = super.exec(op, input);
        // an operator that passes its input through (a join with the unit table) returns it as it is: wrapping the
        // root iterator would hide it from the engine's "is this the root?" tests
        return out == input ? out : new Checked(out);
    }

    private void check() {
        if (System.nanoTime() - deadlineNanos > 0) throw new QueryCancelledException();
    }

    /** The rows of one operator, with a look at the clock every {@value #CHECK_EVERY} of them. */
    private final class Checked extends QueryIteratorWrapper {
        private int rows;

        Checked(QueryIterator iterator) {
            super(iterator);
        }

        @Override
        protected boolean hasNextBinding() {
            if (++rows % CHECK_EVERY == 0) check();
            return super.hasNextBinding();
        }
    }
}
