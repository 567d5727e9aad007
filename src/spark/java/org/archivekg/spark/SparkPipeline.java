package org.archivekg.spark;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.archivekg.link.DocumentLinks;
import org.archivekg.link.KnownRecords;
import org.archivekg.link.LinkSummary;
import org.archivekg.link.Linker;
import org.archivekg.link.QuotationFinder;
import org.archivekg.link.QuotationLink;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.pipeline.RunReport;
import org.archivekg.rdf.ReferenceCollector;
import org.archivekg.resolve.ResolvedDocument;
import org.archivekg.source.Section;

import scala.Tuple2;

/**
 * The pipeline as a Spark job: the same graph as {@code Pipeline.run} on the same files, written as sharded N-Quads.
 * <ol>
 *   <li><b>resolve</b>: each file is read, extracted and resolved in a task ({@code Pipeline.resolve}); the documents
 *       stay in the executors' memory, partitioned by their number, and never travel (they are not serializable);</li>
 *   <li><b>summaries</b>: each document's problems, what it tells of its Records ({@link KnownRecords#entries} of its
 *       {@link LinkSummary}) and its quotable texts' languages are gathered on the driver — small — which builds the
 *       corpus's {@link KnownRecords} (references, replies and same-Record matching need what the whole corpus knows)
 *       and numbers the texts as the single-machine finder does;</li>
 *   <li><b>quotation candidates</b> by a shingle join ({@link ShingleJoin}), scored by the finder's own alignment;</li>
 *   <li><b>orientation</b>: each side of a match goes to its document, which says which Record the passage belongs to
 *       and its date ({@link Linker#quotationSide}); {@link Linker#orient} decides who quotes whom, as on one
 *       machine, and the link goes to the quoting document;</li>
 *   <li><b>map</b>: each document's own graph ({@code Pipeline.mapDocument}: its facts and the documents it carries)
 *       and its links across the corpus ({@link Linker#links} from the known Records and its quotations, written by
 *       {@code Pipeline.mapLinks}), as N-Quads lines; each partition adds the reference graph of what its documents
 *       refer to, and the reference lines of all partitions, made distinct, form one more shard.</li>
 * </ol>
 * Each stage after the first joins with the documents on their own partitioner, so only small records move.
 */
public final class SparkPipeline {

    private final JobSettings settings;
    private final int partitions;
    private final Consumer<String> progress;
    private final Consumer<String> problems;

    /**
     * @param partitions how many partitions the documents are spread over (and how many shards of file graphs the
     *                   output gets); at least 1
     */
    public SparkPipeline(JobSettings settings, int partitions, Consumer<String> progress, Consumer<String> problems) {
        if (partitions < 1) throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.partitions = partitions;
        this.progress = Objects.requireNonNull(progress, "progress");
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    /** A source file to read: its path, and the number of the first file of the same name (texts of one group are never compared). */
    record Input(String path, int group) implements Serializable {
    }

    /**
     * A document in an executor's memory: its input, the resolved document (null when it could not be read) and the
     * problems met on the way.
     */
    static final class Held {
        final Input input;
        final ResolvedDocument doc;
        final List<String> problems;

        Held(Input input, ResolvedDocument doc, List<String> problems) {
            this.input = input;
            this.doc = doc;
            this.problems = problems;
        }
    }

    /** What the driver learns of a document after the first stage. */
    record Summary(int index, String path, boolean read, List<String> problems, List<KnownRecords.Entry> entries,
                   int[] languages) implements Serializable {
    }

    /** One side of a match, to be answered by its document. */
    record SideRequest(ShingleJoin.Found match, boolean sideA) implements Serializable {
    }

    /** A side answered. */
    record SideAnswer(ShingleJoin.Found match, boolean sideA, Linker.QuotationSide side) implements Serializable {
    }

    /**
     * A document's output: its N-Quads lines and summary (null when it failed), and its problems; or, with {@code
     * reference} set, the reference graph lines of one partition.
     */
    record Mapped(int index, String path, boolean reference, List<String> lines, RunReport.DocumentSummary summary,
                  List<String> problems, int lineCount) implements Serializable {
        Mapped(int index, String path, boolean reference, List<String> lines, RunReport.DocumentSummary summary,
               List<String> problems) {
            this(index, path, reference, lines, summary, problems, lines.size());
        }
    }

    /** Runs the job on the inputs (files or directories; local paths or Hadoop URIs) and writes the output directory. */
    public RunReport run(JavaSparkContext sc, List<String> inputs, String output) {
        JobSettings settings = this.settings;
        int partitions = this.partitions;
        checkOutput(sc, output);
        ProblemLog driverProblems = new ProblemLog();
        List<String> files = SourcePaths.expand(inputs, driverProblems, sc.hadoopConfiguration());
        driverProblems.take().forEach(problems);
        progress.accept(String.format("%d file(s) to read, in %d partition(s)", files.size(), partitions));

        // 1. read, extract and resolve each file where its partition lies
        Partitioner byDocument = new HashPartitioner(partitions);
        List<Tuple2<Integer, Input>> numbered = new ArrayList<>();
        Map<String, Integer> firstOfName = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            int group = firstOfName.computeIfAbsent(fileName(files.get(i)), k -> numbered.size());
            numbered.add(new Tuple2<>(i, new Input(files.get(i), group)));
        }
        JavaPairRDD<Integer, Held> docs = sc.parallelizePairs(numbered, partitions).partitionBy(byDocument)
                .mapPartitionsToPair(it -> {
                    ProblemLog log = new ProblemLog();
                    Pipeline pipeline = settings.pipeline(log);
                    List<Tuple2<Integer, Held>> out = new ArrayList<>();
                    while (it.hasNext()) {
                        Tuple2<Integer, Input> in = it.next();
                        Optional<ResolvedDocument> d = SourcePaths.resolve(pipeline, in._2().path());
                        out.add(new Tuple2<>(in._1(), new Held(in._2(), d.orElse(null), log.take())));
                    }
                    return out.iterator();
                }, true)
                .persist(StorageLevel.MEMORY_ONLY()); // deserialized: the documents never need to be serializable

        // 2. what the corpus knows, on the driver
        List<Summary> summaries = new ArrayList<>(docs.map(t -> summary(t._1(), t._2())).collect());
        summaries.sort(Comparator.comparingInt(Summary::index));
        KnownRecords known = new KnownRecords();
        int[] textBase = new int[files.size()];
        List<Integer> languages = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        for (Summary s : summaries) {
            s.problems().forEach(problems);
            textBase[s.index()] = languages.size();
            if (!s.read()) continue;
            s.entries().forEach(known::add); // in corpus order, as Linker.Corpus adds them
            for (int language : s.languages()) {
                languages.add(language);
                groups.add(numbered.get(s.index())._2().group());
            }
        }
        long read = summaries.stream().filter(Summary::read).count();
        progress.accept(String.format("%d file(s) read, %d failed; %d text(s) to compare", read, files.size() - read, languages.size()));
        Broadcast<KnownRecords> index = sc.broadcast(known);
        Broadcast<int[]> textBaseOf = sc.broadcast(textBase);
        Broadcast<int[]> languageOf = sc.broadcast(languages.stream().mapToInt(Integer::intValue).toArray());
        Broadcast<int[]> groupOf = sc.broadcast(groups.stream().mapToInt(Integer::intValue).toArray());

        // 3. quotation candidates by a shingle join, aligned by the finder
        JavaPairRDD<Integer, ShingleJoin.TextPiece> texts = docs.flatMapToPair(t -> {
            ResolvedDocument d = t._2().doc;
            if (d == null) return Collections.emptyIterator();
            List<Section> sections = Linker.quotableSections(d);
            List<Tuple2<Integer, ShingleJoin.TextPiece>> out = new ArrayList<>();
            for (int n = 0; n < sections.size(); n++) {
                int number = textBaseOf.value()[t._1()] + n;
                out.add(new Tuple2<>(number, new ShingleJoin.TextPiece(number, t._1(), n, Linker.quotationText(d, n, sections.get(n)))));
            }
            return out.iterator();
        });
        JavaRDD<ShingleJoin.Found> matches = ShingleJoin.matches(texts, languageOf, groupOf,
                QuotationFinder.maxTexts(languages.size()), partitions);

        // 4. each side of a match answered by its document; the link goes to the quoting one
        JavaPairRDD<Integer, SideRequest> requests = matches.flatMapToPair(m -> List.of(
                new Tuple2<>(m.docA(), new SideRequest(m, true)), new Tuple2<>(m.docB(), new SideRequest(m, false))).iterator());
        JavaPairRDD<ShingleJoin.MatchKey, SideAnswer> answers = docs.cogroup(requests, byDocument).flatMapToPair(c -> {
            List<Tuple2<ShingleJoin.MatchKey, SideAnswer>> out = new ArrayList<>();
            for (Held h : c._2()._1()) {
                if (h.doc == null || !c._2()._2().iterator().hasNext()) continue; // only documents read have texts
                List<Section> sections = Linker.quotableSections(h.doc);
                LinkSummary summary = LinkSummary.of(h.doc);
                for (SideRequest r : c._2()._2()) {
                    ShingleJoin.Found m = r.match();
                    Section s = sections.get(r.sideA() ? m.sectionA() : m.sectionB());
                    int start = r.sideA() ? m.key().aStart() : m.key().bStart();
                    int end = r.sideA() ? m.key().aEnd() : m.key().bEnd();
                    out.add(new Tuple2<>(m.key(), new SideAnswer(m, r.sideA(), Linker.quotationSide(summary, s.span(), start, end))));
                }
            }
            return out.iterator();
        });
        JavaPairRDD<Integer, Tuple2<ShingleJoin.MatchKey, QuotationLink>> quotations = answers.groupByKey(byDocument).flatMapToPair(g -> {
            SideAnswer a = null;
            SideAnswer b = null;
            for (SideAnswer s : g._2()) {
                if (s.sideA()) a = s;
                else b = s;
            }
            if (a == null || b == null) throw new IllegalStateException("a side of match " + g._1() + " is missing");
            ShingleJoin.Found m = a.match();
            Optional<QuotationLink> link = Linker.orient(a.side(), b.side(), m.words(), m.similarity(), m.language());
            if (link.isEmpty()) return Collections.emptyIterator();
            int quoting = link.get().quoting().equals(a.side().record()) ? m.docA() : m.docB();
            return List.of(new Tuple2<>(quoting, new Tuple2<>(g._1(), link.get()))).iterator();
        });

        // 5. each document's links and graph, as N-Quads lines; each partition's reference graph
        JavaRDD<Mapped> mapped = docs.cogroup(quotations, byDocument).mapPartitions(it -> mapPartition(settings, index.value(), it))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());

        // 6. write: one shard per partition of file graphs, and one shard of the reference graph
        JavaRDD<String> fileLines = mapped.filter(m -> !m.reference()).flatMap(m -> m.lines().iterator());
        JavaRDD<String> referenceLines = mapped.filter(Mapped::reference).flatMap(m -> m.lines().iterator())
                .distinct(1).mapPartitions(SparkPipeline::sorted) // one partition: the shard in a stable order
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        fileLines.union(referenceLines)
                .mapToPair(line -> new Tuple2<>(NullWritable.get(), new Text(line)))
                .saveAsNewAPIHadoopFile(output, NullWritable.class, Text.class, NQuadsOutputFormat.class, sc.hadoopConfiguration());

        List<Mapped> results = new ArrayList<>(mapped.map(m -> new Mapped(m.index(), m.path(), m.reference(), List.of(),
                m.summary(), m.problems(), m.lineCount())).collect());
        results.sort(Comparator.comparingInt(Mapped::index));
        List<String> filesRead = new ArrayList<>();
        List<String> filesFailed = new ArrayList<>();
        List<RunReport.DocumentSummary> documents = new ArrayList<>();
        long quads = referenceLines.count();
        Map<Integer, Mapped> byIndex = new HashMap<>();
        for (Mapped m : results) {
            m.problems().forEach(problems);
            if (!m.reference()) byIndex.put(m.index(), m);
        }
        for (Summary s : summaries) {
            Mapped m = byIndex.get(s.index());
            if (m != null && m.summary() != null) {
                filesRead.add(s.path());
                documents.add(m.summary());
                quads += m.lineCount(); // distinct quads: the summary counts a quad of both parts twice, as the run writes it
            } else {
                filesFailed.add(s.path());
            }
        }
        docs.unpersist(false);
        mapped.unpersist(false);
        referenceLines.unpersist(false);
        progress.accept(String.format("%d file(s) in the graph, %d failed, %d quads, written to %s", filesRead.size(),
                filesFailed.size(), quads, output));
        return new RunReport(filesRead, filesFailed, quads, documents);
    }

    /** Step 5 for one partition: each document's links and graph as N-Quads lines, in document order; then the partition's reference graph. */
    private static Iterator<Mapped> mapPartition(JobSettings settings, KnownRecords known,
            Iterator<Tuple2<Integer, Tuple2<Iterable<Held>, Iterable<Tuple2<ShingleJoin.MatchKey, QuotationLink>>>>> it) {
        List<Tuple2<Integer, Tuple2<Iterable<Held>, Iterable<Tuple2<ShingleJoin.MatchKey, QuotationLink>>>>> part = new ArrayList<>();
        it.forEachRemaining(part::add);
        part.sort(Comparator.comparingInt(Tuple2::_1));
        ProblemLog log = new ProblemLog();
        Pipeline pipeline = settings.pipeline(log);
        ReferenceCollector references = pipeline.newReferences();
        List<Mapped> out = new ArrayList<>();
        for (Tuple2<Integer, Tuple2<Iterable<Held>, Iterable<Tuple2<ShingleJoin.MatchKey, QuotationLink>>>> c : part) {
            for (Held h : c._2()._1()) {
                if (h.doc == null) continue;
                List<Tuple2<ShingleJoin.MatchKey, QuotationLink>> found = new ArrayList<>();
                c._2()._2().forEach(found::add);
                found.sort(Comparator.comparing(Tuple2::_1)); // the order findAll gives them in
                List<QuotationLink> links = found.stream().map(Tuple2::_2).toList();
                String path = h.input.path();
                Optional<Pipeline.DocumentGraph> own = pipeline.mapDocument(path, h.doc, references);
                DocumentLinks corpusLinks = Linker.links(LinkSummary.of(h.doc), known, links);
                Optional<Set<Quad>> linked = own.flatMap(g -> pipeline.mapLinks(path, g.context(), corpusLinks, references));
                if (linked.isEmpty()) {
                    out.add(new Mapped(c._1(), path, false, List.of(), null, log.take()));
                    continue;
                }
                // the run writes the two parts one after the other; a quad of both is one quad of the graph
                Set<Quad> graph = new LinkedHashSet<>(own.get().quads());
                graph.addAll(linked.get());
                List<String> lines = graph.stream().map(NodeFmtLib::strNQ).toList();
                RunReport.DocumentSummary summary = Pipeline.summary(path, h.doc, own.get().quads().size() + linked.get().size());
                out.add(new Mapped(c._1(), path, false, lines, summary, log.take()));
            }
        }
        List<String> referenceLines = new ArrayList<>();
        pipeline.writeReferences(references, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                referenceLines.add(NodeFmtLib.strNQ(quad));
            }
        });
        out.add(new Mapped(-1, null, true, referenceLines, null, log.take()));
        return out.iterator();
    }

    private static Iterator<String> sorted(Iterator<String> lines) {
        List<String> all = new ArrayList<>();
        lines.forEachRemaining(all::add);
        Collections.sort(all);
        return all.iterator();
    }

    private static Summary summary(int index, Held h) {
        if (h.doc == null) return new Summary(index, h.input.path(), false, h.problems, List.of(), new int[0]);
        int[] languages = Linker.quotableSections(h.doc).stream().mapToInt(s -> s.language().ordinal()).toArray();
        return new Summary(index, h.input.path(), true, h.problems, KnownRecords.entries(LinkSummary.of(h.doc)), languages);
    }

    /** The name after the last slash, as the readers name a file. */
    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    private static void checkOutput(JavaSparkContext sc, String output) {
        try {
            URI uri = SourcePaths.uri(output);
            FileSystem fs = FileSystem.get(uri, sc.hadoopConfiguration());
            if (fs.exists(new Path(uri))) {
                throw new IllegalArgumentException("the output directory exists already: " + output
                        + " (the job writes a new directory; remove the old one first)");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot check the output directory " + output + ": " + e.getMessage(), e);
        }
    }
}
