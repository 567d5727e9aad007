package org.archivekg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.archivekg.extract.ExtractedDocument;
import org.archivekg.extract.Extractor;
import org.archivekg.extract.Lexicon;
import org.archivekg.link.DocumentLinks;
import org.archivekg.link.Linker;
import org.archivekg.problem.ProblemHandler;
import org.archivekg.problem.SourcePos;
import org.archivekg.rdf.GraphMapper;
import org.archivekg.rdf.Iris;
import org.archivekg.rdf.ReferenceCollector;
import org.archivekg.resolve.Authority;
import org.archivekg.resolve.ResolvedDocument;
import org.archivekg.resolve.Resolver;
import org.archivekg.source.SourceDocument;
import org.archivekg.source.SourceLoader;

/**
 * The one entry point that the CLI and the tests share: files → read → extract → resolve → map → quads on a
 * {@link StreamRDF}. Each file's quads reach the sink only when the whole file went through, so a file that
 * fails contributes nothing and the others are unaffected. Immutable once built.
 */
public final class Pipeline {

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

    private Pipeline(Builder b) {
        this.iris = new Iris(b.base);
        this.lexicon = b.lexicon != null ? b.lexicon : Lexicon.standard();
        this.authority = b.authority != null ? b.authority : Authority.standard();
        this.problems = b.problems;
        this.progress = b.progress;
        this.extractor = new Extractor(lexicon);
        this.resolver = new Resolver(authority);
        this.mapper = new GraphMapper(iris);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Iris iris() {
        return iris;
    }

    /** Where this pipeline reports problems: later steps of a run (validation on load) report there too. */
    public ProblemHandler problems() {
        return problems;
    }

    /** Reads every file (directories are walked) and writes the graph of the readable ones to the sink. */
    public RunReport run(List<Path> paths, StreamRDF sink) {
        List<Path> files = SourceLoader.expand(paths, problems);
        ReferenceCollector references = new ReferenceCollector(iris);
        List<String> read = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<RunReport.DocumentSummary> documents = new ArrayList<>();
        long[] quads = {0};
        int n = 0;
        // read, extract and resolve each file on its own; a file that fails is reported and left out
        List<ResolvedDocument> resolved = new ArrayList<>();
        List<Path> resolvedFiles = new ArrayList<>();
        for (Path file : files) {
            n++;
            Optional<ResolvedDocument> doc = resolve(file);
            if (doc.isPresent()) {
                resolved.add(doc.get());
                resolvedFiles.add(file);
                progress.accept(String.format("[%d/%d] %s: read as %s", n, files.size(), file, doc.get().source().format().label()));
            } else {
                failed.add(file.toString());
                progress.accept(String.format("[%d/%d] %s: FAILED (see the problems above)", n, files.size(), file));
            }
        }
        // link across the corpus, then write each file's graph: its facts and the links whose evidence it holds
        Map<String, DocumentLinks> links = linker.link(resolved);
        for (int i = 0; i < resolved.size(); i++) {
            ResolvedDocument d = resolved.get(i);
            Path file = resolvedFiles.get(i);
            Optional<Set<Quad>> graph = graph(d, links.getOrDefault(d.fileName(), DocumentLinks.empty()), references);
            if (graph.isPresent()) {
                graph.get().forEach(sink::quad);
                quads[0] += graph.get().size();
                read.add(file.toString());
                documents.add(summary(file.toString(), d, graph.get().size()));
            } else {
                failed.add(file.toString());
            }
        }
        progress.accept(String.format("%d file(s) in the graph, %d failed, %d quads", read.size(), failed.size(), quads[0]));
        StreamRDF counting = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                sink.quad(quad);
                quads[0]++;
            }
        };
        writeReferences(references, counting);
        return new RunReport(read, failed, quads[0], documents);
    }

    // ---------------------------------------------------------------- the steps of a run, for a distributed run
    // run() is: resolve(file) for each file; linker().link(all); graph(document, its links) for each; then
    // writeReferences(). A distributed run (org.archivekg.spark) calls the same steps where its data lies.

    /** A collector for what the file graphs refer to, to be written once as the reference graph. */
    public ReferenceCollector newReferences() {
        return new ReferenceCollector(iris);
    }

    /** The link stage of this pipeline. */
    public Linker linker() {
        return linker;
    }

    /**
     * One document's graph: its facts and the links whose evidence it holds, each quad once, in the order written.
     * Empty when mapping failed (the problem is reported).
     */
    public Optional<Set<Quad>> graph(ResolvedDocument d, DocumentLinks links, ReferenceCollector references) {
        try {
            Set<Quad> graph = new LinkedHashSet<>(); // a triple stated twice is one quad
            mapper.map(d, links, new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    graph.add(quad);
                }
            }, references);
            return Optional.of(graph);
        } catch (RuntimeException e) {
            problems.error("internal error while writing the graph: " + e, SourcePos.ofFile(d.source().path()));
            return Optional.empty();
        }
    }

    /** Writes the reference graph: labels and types of everything the collected file graphs refer to. */
    public void writeReferences(ReferenceCollector references, StreamRDF sink) {
        references.write(sink, authority, lexicon, ruleDescriptions());
    }

    /** What a curator should look at in one document of the run. */
    public static RunReport.DocumentSummary summary(String file, ResolvedDocument d, int quads) {
        List<String> unresolved = d.nameUses().stream().map(u -> u.value().person()).filter(p -> !p.resolved())
                .map(p -> p.label()).distinct().sorted().toList();
        List<String> conflicting = d.conflictingDates().stream()
                .map(c -> c.value().iso() + " (line " + c.evidence().get(0).span().line() + ": " + c.evidence().get(0).span().text() + ")")
                .toList();
        return new RunReport.DocumentSummary(file, d.source().format().label(), d.recordKey(), quads, unresolved, conflicting);
    }

    /** One file read, extracted and resolved; empty when it could not be read (the problem is already reported). */
    public Optional<ResolvedDocument> resolve(Path file) {
        return resolve(file.toString(), loader.load(file, problems));
    }

    /** One source given as its bytes (read from anywhere), extracted and resolved; {@code path} names it. */
    public Optional<ResolvedDocument> resolve(String path, byte[] bytes) {
        return resolve(path, loader.read(path, bytes, problems));
    }

    private Optional<ResolvedDocument> resolve(String path, Optional<SourceDocument> source) {
        if (source.isEmpty()) return Optional.empty();
        try {
            ExtractedDocument extracted = extractor.extract(source.get());
            return Optional.of(resolver.resolve(extracted));
        } catch (RuntimeException e) {
            problems.error("internal error while extracting: " + e, SourcePos.ofFile(path));
            return Optional.empty();
        }
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

        public Pipeline build() {
            return new Pipeline(this);
        }
    }
}
