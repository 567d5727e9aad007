package org.archivekg.bench;

import java.nio.file.Path;

import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.archivekg.rdf.Iris;
import org.archivekg.store.BulkLoader;
import org.archivekg.store.GraphReplacingSink;
import org.archivekg.store.Store;

/**
 * The child JVM of {@link LoadBenchmark}: loads an N-Quads file into a fresh store the way {@code load} writes —
 * {@code transactional} (one write transaction, each file graph replaced, what {@code load} does) or {@code bulk}
 * (Jena's phased loader beside the store, then the swap: what {@code load --bulk} does after extraction).
 * <p>{@code java -cp … org.archivekg.bench.LoadRunner transactional|bulk STORE-DIR FILE.nq}
 */
public final class LoadRunner {

    private LoadRunner() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: LoadRunner transactional|bulk STORE-DIR FILE.nq");
            System.exit(2);
        }
        Path store = Path.of(args[1]);
        Path nquads = Path.of(args[2]);
        long t = System.nanoTime();
        switch (args[0]) {
            case "transactional" -> {
                try (Store s = Store.open(store)) {
                    Txn.executeWrite(s.dataset(), () -> RDFParser.source(nquads)
                            .parse(new GraphReplacingSink(s.dataset().asDatasetGraph(), new Iris(Iris.DEFAULT_BASE).referenceGraph())));
                }
            }
            case "bulk" -> new BulkLoader(store).buildFromNQuads(nquads);
            default -> {
                System.err.println("unknown mode " + args[0]);
                System.exit(2);
            }
        }
        System.err.printf("%s load: %.2f s%n", args[0], (System.nanoTime() - t) / 1e9);
    }
}
