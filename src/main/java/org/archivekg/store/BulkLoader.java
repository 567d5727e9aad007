package org.archivekg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.pipeline.RunReport;
import org.archivekg.rdf.Iris;

/**
 * Builds a store from scratch with Jena's bulk loader: the first build of a big store, or a rebuild of one. Bulk
 * loaders are not transactional, so the new store is built beside the old one and swapped in only when complete:
 * <ol>
 *   <li>the documents stream to N-Quads in {@code STORE.bulk-build/data.nq} (file graphs, reference graph, where
 *       each file was read, the run graph: what a transactional load of the same files writes);</li>
 *   <li>Jena's phased loader ({@link LoaderFactory#phasedLoader}, what {@code tdb2.tdbloader} uses for an empty
 *       database) builds a TDB2 database from them in {@code STORE.bulk-build/tdb};</li>
 *   <li>that directory is renamed {@code STORE.bulk-ready}; then {@code STORE} is renamed {@code STORE.bulk-old},
 *       {@code STORE.bulk-ready} renamed {@code STORE}, and the old one deleted.</li>
 * </ol>
 * A build that fails or is killed before step 3 leaves the old store as it was ({@code STORE.bulk-build} is deleted
 * by the next bulk build); one killed between the two renames of step 3 is finished by {@link #recover} when the
 * store is next opened. The store must not be open (in this JVM or another) during the swap. No SHACL check is
 * made: run {@code validate --data STORE} afterwards.
 */
public final class BulkLoader {

    static final String BUILD = ".bulk-build";
    static final String READY = ".bulk-ready";
    static final String OLD = ".bulk-old";

    private final Path store;
    private Consumer<String> progress = s -> { };
    private Runnable beforeSwap = () -> { };

    public BulkLoader(Path store) {
        this.store = store.toAbsolutePath().normalize();
    }

    public BulkLoader progress(Consumer<String> progress) {
        this.progress = Objects.requireNonNull(progress);
        return this;
    }

    /** Runs just before the swap (tests make the build fail there). */
    BulkLoader beforeSwap(Runnable beforeSwap) {
        this.beforeSwap = Objects.requireNonNull(beforeSwap);
        return this;
    }

    /** Reads the documents and builds the store from them alone, replacing what the store held. */
    public RunReport build(Pipeline pipeline, List<Path> inputs) {
        Instant start = Instant.now();
        Path build = sibling(store, BUILD);
        deleteTree(build);
        try {
            Files.createDirectories(build);
            Path nquads = build.resolve("data.nq");
            RunReport report = writeNQuads(pipeline, inputs, nquads, start);
            progress.accept("bulk: loading " + report.quads() + " quads with the phased loader into " + build.resolve("tdb"));
            loadAndSwap(nquads, build);
            return report;
        } catch (IOException e) {
            deleteTree(build);
            throw new UncheckedIOException("bulk build of " + store + " failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteTree(build);
            throw e;
        }
    }

    /**
     * Builds the store from an N-Quads file alone (an {@code extract -o FILE.nq} output, say), replacing what it held:
     * steps 2 and 3 of the bulk build. Returns the quads loaded.
     */
    public long buildFromNQuads(Path nquads) {
        Path build = sibling(store, BUILD);
        deleteTree(build);
        try {
            Files.createDirectories(build);
            return loadAndSwap(nquads.toAbsolutePath(), build);
        } catch (IOException e) {
            deleteTree(build);
            throw new UncheckedIOException("bulk build of " + store + " failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteTree(build);
            throw e;
        }
    }

    private long loadAndSwap(Path nquads, Path build) throws IOException {
        Path tdb = build.resolve("tdb");
        long quads = bulkLoad(nquads, tdb, progress);
        progress.accept("bulk: " + quads + " quads loaded; swapping the new store in");
        beforeSwap.run();
        Path ready = sibling(store, READY);
        deleteTree(ready);
        Files.move(tdb, ready, StandardCopyOption.ATOMIC_MOVE);
        swap(ready);
        deleteTree(build);
        // The bulk loader writes the TDB2 files directly, so no jena-text index saw these quads; the new directory
        // has no index folder, and Store.open builds the index from the store when it is next opened.
        return quads;
    }

    /** Streams the run to an N-Quads file, then what a transactional load adds: file locations and the run graph. */
    private static RunReport writeNQuads(Pipeline pipeline, List<Path> inputs, Path nquads, Instant start) throws IOException {
        Iris iris = pipeline.iris();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nquads), 1 << 16)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            writer.start();
            RunReport report = pipeline.run(inputs, writer);
            Store.locations(iris, report.filesRead()).forEach(writer::quad);
            Store.runFacts(iris, report, start).forEach(writer::quad);
            writer.finish();
            return report;
        }
    }

    /** Jena's phased loader into a new, empty database; returns the quads loaded. */
    static long bulkLoad(Path nquads, Path tdb, Consumer<String> progress) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(tdb.toString());
        try {
            DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> progress.accept("bulk: " + String.format(fmt, args)));
            loader.startBulk();
            try {
                loader.load(nquads.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            return loader.countQuads() + loader.countTriples();
        } finally {
            TDBInternal.expel(dsg, true);
        }
    }

    private void swap(Path ready) throws IOException {
        Path old = sibling(store, OLD);
        deleteTree(old);
        if (Files.exists(store)) Files.move(store, old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(ready, store, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    /**
     * Finishes or discards what a killed bulk build left beside a store: a complete new store whose swap was cut
     * short between its two renames is moved in; with the store in place, a leftover complete build is discarded
     * (the build did not finish, so the old store stays) and a leftover old store deleted.
     */
    public static void recover(Path directory) {
        Path store = directory.toAbsolutePath().normalize();
        Path ready = sibling(store, READY);
        Path old = sibling(store, OLD);
        try {
            if (Files.isDirectory(ready) && !Files.exists(store)) Files.move(ready, store, StandardCopyOption.ATOMIC_MOVE);
            if (Files.exists(store)) {
                deleteTree(ready);
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the bulk build left beside " + store + ": " + e.getMessage(), e);
        }
    }

    static Path sibling(Path store, String suffix) {
        return store.resolveSibling(store.getFileName() + suffix);
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
