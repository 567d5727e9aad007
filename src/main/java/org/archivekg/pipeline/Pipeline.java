package org.archivekg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.archivekg.extract.Extractor;
import org.archivekg.extract.Lexicon;
import org.archivekg.link.DocumentLinks;
import org.archivekg.link.LinkSummary;
import org.archivekg.link.Linker;
import org.archivekg.problem.Problem;
import org.archivekg.problem.ProblemHandler;
import org.archivekg.problem.SourcePos;
import org.archivekg.rdf.GraphMapper;
import org.archivekg.rdf.Iris;
import org.archivekg.rdf.ReferenceCollector;
import org.archivekg.resolve.Authority;
import org.archivekg.resolve.ResolvedDocument;
import org.archivekg.resolve.Resolver;
import org.archivekg.source.SourceDocument;
import org.archivekg.source.SourceFiles;
import org.archivekg.source.SourceLoader;

/**
 * The one entry point that the CLI and the tests share: files → read → extract → resolve → map → quads on a
 * {@link StreamRDF}. Each file's own quads reach the sink only when the whole file went through, so a file that
 * fails to be read contributes nothing and the others are unaffected; its links follow once the corpus is read.
 * Immutable once built.
 */
public final class Pipeline {

    /** Past this many files a run keeps its per-document state on disk (see {@link Builder#spillAbove}). */
    public static final int DEFAULT_SPILL_ABOVE = 4000;

    private final Iris iris;
    private final Lexicon lexicon;
    private final Authority authority;
    private final ProblemHandler problems;
    private final Consumer<String> progress;
    private final SourceLoader loader = new SourceLoader();
    private final Extractor extractor;
    private final Resolver resolver;
    private final GraphMapper mapper;
    private final Linker linker = new Linker();
    private final int threads;
    private final boolean findQuotations;
    private final int spillAbove;
    private final Path workDir;

    private Pipeline(Builder b) {
        this.iris = new Iris(b.base);
        this.lexicon = b.lexicon != null ? b.lexicon : Lexicon.standard();
        this.authority = b.authority != null ? b.authority : Authority.standard();
        this.problems = b.problems;
        this.progress = b.progress;
        this.extractor = new Extractor(lexicon);
        this.resolver = new Resolver(authority);
        this.mapper = new GraphMapper(iris);
        this.threads = b.threads;
        this.findQuotations = b.quotations;
        this.spillAbove = b.spillAbove;
        this.workDir = b.workDir != null ? b.workDir : Path.of(System.getProperty("java.io.tmpdir"));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Iris iris() {
        return iris;
    }

    /** Past this many files a run keeps its per-document state on disk (see {@link Builder#spillAbove}). */
    public int spillAbove() {
        return spillAbove;
    }

    /** Where this pipeline reports problems: later steps of a run (validation on load) report there too. */
    public ProblemHandler problems() {
        return problems;
    }

    /**
     * Reads every file (directories are walked) and writes the graph of the readable ones to the sink.
     * <p>
     * The run streams: each document is read, extracted, resolved and mapped on its own (on {@code threads} threads,
     * handed on in file order, so the output does not depend on the thread count), and its own facts go to the sink
     * at once. Only a small {@link LinkSummary} per document is kept (and the texts the quotation finder indexes),
     * so memory does not grow with the documents' size; past {@link Builder#spillAbove} files those summaries, the
     * Records linking looks up and the report's lines are kept on disk, in a temporary directory deleted at the end,
     * so memory does not grow with their number either. Once every file is read, the corpus is linked and each
     * file's links are written to its graph, again in file order.
     */
    public RunReport run(List<Path> paths, StreamRDF sink) {
        // walked lazily, not listed: the run never holds the corpus's file list (see SourceFiles); counted first, for
        // the progress lines and the choice of storage
        SourceFiles files = SourceFiles.of(paths, problems);
        int total = files.count();
        try (RunStorage storage = total > spillAbove ? RunStorage.onDisk(linker, findQuotations, workDir)
                : RunStorage.inMemory(linker, findQuotations)) {
            return run(files.iterator(), total, sink, storage);
        }
    }

    private RunReport run(Iterator<Path> files, int total, StreamRDF sink, RunStorage storage) {
        ReferenceCollector references = new ReferenceCollector(iris);
        Linker.Corpus corpus = storage.corpus();
        PendingLog pending = storage.pending();
        List<String> failed = new ArrayList<>();
        long[] quads = {0};
        int[] n = {0};
        int[] read = {0};
        // 1. each file on its own: its facts go to the sink, a summary stays for linking; a file that fails is left out
        InOrder.run(files, total <= 1 ? 1 : threads, file -> readOne(file, references), r -> {
            n[0]++;
            r.problems().forEach(problems::report);
            if (r.doc() == null) {
                failed.add(r.file().toString());
                progress.accept(String.format("[%d/%d] %s: FAILED (see the problems above)", n[0], total, r.file()));
                return;
            }
            r.graph().quads().forEach(sink::quad);
            quads[0] += r.graph().quads().size();
            pending.add(new PendingDocument(r.file(), corpus.add(r.doc()), r.graph().context(), r.graph().quads().size(),
                    summary(r.file().toString(), r.doc(), 0)));
            progress.accept(String.format("[%d/%d] %s: read as %s", n[0], total, r.file(), r.doc().source().format().label()));
        });
        // 2. link across the corpus, then add to each file's graph the links whose evidence it holds
        corpus.finish();
        InOrder.run(pending.readBack(), threads, p -> linkOne(p, corpus, references), r -> {
            PendingDocument p = r.pending();
            if (r.quads() == null) {
                problems.error("internal error while writing the graph: " + r.error(), SourcePos.ofFile(p.file().toString()));
                failed.add(p.file().toString());
                return;
            }
            r.quads().forEach(sink::quad);
            quads[0] += r.quads().size();
            read[0]++;
            RunReport.DocumentSummary s = p.summary();
            storage.addDocument(new RunReport.DocumentSummary(s.file(), s.format(), s.record(), p.quads() + r.quads().size(),
                    s.unresolvedNames(), s.conflictingDates()));
        });
        progress.accept(String.format("%d file(s) in the graph, %d failed, %d quads", read[0], failed.size(), quads[0]));
        StreamRDF counting = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                sink.quad(quad);
                quads[0]++;
            }
        };
        writeReferences(references, counting);
        return storage.report(failed, quads[0]);
    }

    /** One file after the first step: its document and own quads, or none when it failed; its problems, to report in order. */
    private record FirstStep(Path file, ResolvedDocument doc, DocumentGraph graph, List<Problem> problems) {
    }

    /** A file's link quads, or the error that stopped them. */
    private record SecondStep(PendingDocument pending, Set<Quad> quads, RuntimeException error) {
    }

    /** Read, extract, resolve and map one file; problems are kept with the result so they are reported in file order. */
    private FirstStep readOne(Path file, ReferenceCollector references) {
        List<Problem> found = new ArrayList<>();
        ProblemHandler local = found::add;
        Optional<ResolvedDocument> doc = resolve(file.toString(), loader.load(file, local), local);
        if (doc.isEmpty()) return new FirstStep(file, null, null, found);
        Optional<DocumentGraph> graph = mapDocument(file.toString(), doc.get(), references, local);
        return new FirstStep(file, graph.isPresent() ? doc.get() : null, graph.orElse(null), found);
    }

    private SecondStep linkOne(PendingDocument p, Linker.Corpus corpus, ReferenceCollector references) {
        try {
            return new SecondStep(p, linkQuads(p.context(), corpus.links(p.links()), references), null);
        } catch (RuntimeException e) {
            return new SecondStep(p, null, e);
        }
    }

    // ---------------------------------------------------------------- the steps of a run, for a distributed run
    // run() is, for each file: resolve(file), then mapDocument(document) — its own facts and the documents it carries
    // — and a LinkSummary for the corpus; once the corpus is read and linked (Linker.Corpus: KnownRecords and the
    // quotations), mapLinks(its context, its links) for each file; then writeReferences(). A distributed run
    // (org.archivekg.spark) calls the same steps where its data lies, and links with the same Linker methods.

    /** A collector for what the file graphs refer to, to be written once as the reference graph. */
    public ReferenceCollector newReferences() {
        return new ReferenceCollector(iris);
    }

    /** Writes the reference graph: labels and types of everything the collected file graphs refer to. */
    public void writeReferences(ReferenceCollector references, StreamRDF sink) {
        references.write(sink, authority, lexicon, ruleDescriptions());
    }

    /** One file read, extracted and resolved; empty when it could not be read (the problem is already reported). */
    public Optional<ResolvedDocument> resolve(Path file) {
        return resolve(file.toString(), loader.load(file, problems), problems);
    }

    /** One source given as its bytes (read from anywhere), extracted and resolved; {@code path} names it. */
    public Optional<ResolvedDocument> resolve(String path, byte[] bytes) {
        return resolve(path, loader.read(path, bytes, problems), problems);
    }

    private Optional<ResolvedDocument> resolve(String path, Optional<SourceDocument> source, ProblemHandler problems) {
        if (source.isEmpty()) return Optional.empty();
        try {
            return Optional.of(resolver.resolve(extractor.extract(source.get())));
        } catch (RuntimeException e) {
            problems.error("internal error while extracting: " + e, SourcePos.ofFile(path));
            return Optional.empty();
        }
    }

    /**
     * A document's own graph, written before the corpus is linked: its facts and the documents it carries, each quad
     * once, in the order written; and what {@link #mapLinks} needs to add its links to the same graph later.
     */
    public record DocumentGraph(Set<Quad> quads, GraphMapper.LinkContext context) {
    }

    /** The first graph of one document (see {@link DocumentGraph}); empty when mapping failed (the problem is reported). */
    public Optional<DocumentGraph> mapDocument(String file, ResolvedDocument doc, ReferenceCollector references) {
        return mapDocument(file, doc, references, problems);
    }

    private Optional<DocumentGraph> mapDocument(String file, ResolvedDocument doc, ReferenceCollector references,
                                                ProblemHandler problems) {
        try {
            Set<Quad> graph = new LinkedHashSet<>(); // a triple stated twice is one quad
            StreamRDF into = collector(graph);
            // the documents it carries need no corpus
            GraphMapper.LinkContext context = mapper.mapDocument(doc, Linker.embedded(doc), into, references);
            return Optional.of(new DocumentGraph(graph, context));
        } catch (RuntimeException e) {
            problems.error("internal error while writing the graph: " + e, SourcePos.ofFile(file));
            return Optional.empty();
        }
    }

    /**
     * The quads of a document's links across the corpus ({@link Linker.Corpus#links}, or {@link Linker#links} in a
     * distributed run), each once, in the order written; empty when mapping failed (the problem is reported).
     */
    public Optional<Set<Quad>> mapLinks(String file, GraphMapper.LinkContext context, DocumentLinks links,
                                        ReferenceCollector references) {
        try {
            return Optional.of(linkQuads(context, links, references));
        } catch (RuntimeException e) {
            problems.error("internal error while writing the graph: " + e, SourcePos.ofFile(file));
            return Optional.empty();
        }
    }

    private Set<Quad> linkQuads(GraphMapper.LinkContext context, DocumentLinks links, ReferenceCollector references) {
        Set<Quad> graph = new LinkedHashSet<>();
        mapper.mapLinks(context, links, collector(graph), references);
        return graph;
    }

    private static StreamRDF collector(Set<Quad> into) {
        return new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                into.add(quad);
            }
        };
    }

    /**
     * What a curator should look at in one document of the run; {@code quads} counts its own graph's quads and its
     * links' quads, as written.
     */
    public static RunReport.DocumentSummary summary(String file, ResolvedDocument d, int quads) {
        List<String> unresolved = d.nameUses().stream().map(u -> u.value().person()).filter(p -> !p.resolved())
                .map(p -> p.label()).distinct().sorted().toList();
        List<String> conflicting = d.conflictingDates().stream()
                .map(c -> c.value().iso() + " (line " + c.evidence().get(0).span().line() + ": " + c.evidence().get(0).span().text() + ")")
                .toList();
        return new RunReport.DocumentSummary(file, d.source().format().label(), d.recordKey(), quads, unresolved, conflicting);
    }

    /** Every rule id with its description. */
    public Map<String, String> ruleDescriptions() {
        Map<String, String> all = new LinkedHashMap<>(extractor.ruleDescriptions());
        all.putAll(resolver.ruleDescriptions());
        all.putAll(linker.ruleDescriptions());
        return all;
    }

    /** Builds a {@link Pipeline}; every setting has a default. */
    public static final class Builder {
        private String base = Iris.DEFAULT_BASE;
        private Lexicon lexicon;
        private Authority authority;
        private ProblemHandler problems = p -> { };
        private Consumer<String> progress = s -> { };
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean quotations = true;
        private int spillAbove = DEFAULT_SPILL_ABOVE;
        private Path workDir;

        public Builder base(String base) {
            this.base = Objects.requireNonNull(base, "base");
            return this;
        }

        public Builder lexicon(Lexicon lexicon) {
            this.lexicon = lexicon;
            return this;
        }

        public Builder authority(Authority authority) {
            this.authority = authority;
            return this;
        }

        public Builder problems(ProblemHandler problems) {
            this.problems = Objects.requireNonNull(problems, "problems");
            return this;
        }

        public Builder progress(Consumer<String> progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /** Threads that read and map documents (default: the number of cores); the output is the same for any count. */
        public Builder threads(int threads) {
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
            this.threads = threads;
            return this;
        }

        /**
         * Whether to find quotations (text reuse) between documents (default: yes). The quotation finder keeps the
         * texts of the whole corpus in memory; benchmarks of the streaming part turn it off to measure the rest.
         */
        public Builder quotations(boolean quotations) {
            this.quotations = quotations;
            return this;
        }

        /**
         * Past how many files a run keeps its per-document state on disk rather than in memory (default
         * {@value #DEFAULT_SPILL_ABOVE}): the documents waiting for their links, the Records linking looks up, the
         * report's lines. The output is the same either way; 0 spills every run.
         */
        public Builder spillAbove(int files) {
            if (files < 0) throw new IllegalArgumentException("spillAbove must not be negative, not " + files);
            this.spillAbove = files;
            return this;
        }

        /** Where a run that spills makes its temporary directory (default: {@code java.io.tmpdir}); it is deleted at the end. */
        public Builder workDir(Path dir) {
            this.workDir = Objects.requireNonNull(dir, "dir");
            return this;
        }

        public Pipeline build() {
            return new Pipeline(this);
        }
    }
}
