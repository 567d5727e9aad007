package org.archivekg.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.archivekg.export.Catalogue;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.pipeline.RunReport;
import org.archivekg.problem.ProblemCollector;
import org.archivekg.source.SourceFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract FILE-OR-DIR… -o OUT}: the graph as N-Quads / TriG (or the union as Turtle), or the catalogue as CSV. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Read documents and write their graph (N-Quads, TriG, Turtle, N-Triples) or the catalogue (CSV).",
                "The output format follows the file's extension (.nq, .trig, .ttl, .nt, .csv) unless --format is given.",
                "N-Quads and TriG keep one named graph per source file plus the reference graph of labels, so the file",
                "is self-contained; Turtle and N-Triples write the union of all graphs.",
                "Past --spill-above files N-Quads are written as the documents are read (memory stays flat), in file order;",
                "smaller runs are written sorted. The other formats are built from the whole graph in memory."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE-OR-DIR", description = "Documents to read; directories are read recursively.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file; '-' or absent: standard output (N-Quads).")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT", description = "nq, trig, ttl, nt or csv (default: from the output's extension, else nq).")
    String format;

    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ProblemCollector problems = CommonOptions.problems(err);
        String fmt = format != null ? format.toLowerCase(Locale.ROOT) : formatOf(output);
        Pipeline pipeline = common.pipeline(problems, err);
        int files = SourceFiles.of(inputs, problem -> { }).count();
        RunReport report;
        if (fmt.equals("nq") && files > pipeline.spillAbove()) {
            report = stream(pipeline);
        } else {
            if (files > pipeline.spillAbove()) {
                err.printf("warning: %s is written from the whole graph held in memory; for %,d files write N-Quads "
                        + "(-o OUT.nq), which are written as the documents are read%n", fmt, files);
                err.flush();
            }
            DatasetGraph graph = DatasetGraphFactory.createTxnMem();
            report = pipeline.run(inputs, StreamRDFLib.dataset(graph));
            try (OutputStream out = Output.open(output)) {
                write(DatasetFactory.wrap(graph), fmt, out);
            }
        }
        if (!common.quiet) {
            err.printf("%d file(s) read, %d failed, %d quads%s%n", report.filesRead().size(), report.filesFailed().size(), report.quads(),
                    output == null ? "" : " → " + output);
        }
        common.report(report, problems, err);
        return report.anyFailed() || problems.hasErrors() ? ArchiveKg.EXIT_INPUT_FAILED : 0;
    }

    /**
     * A big corpus: the quads are written as the pipeline hands them on (in file order, which does not depend on the
     * thread count), so memory stays flat. Unlike the in-memory output they are not sorted; each quad is written once
     * (see {@link org.archivekg.rdf.WrittenQuads}).
     */
    private RunReport stream(Pipeline pipeline) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Output.open(output), 1 << 16)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            writer.start();
            RunReport report = pipeline.run(inputs, writer);
            writer.finish();
            return report;
        }
    }

    static String formatOf(String output) {
        if (output == null || output.equals("-")) return "nq";
        if (output.toLowerCase(Locale.ROOT).endsWith(".csv")) return "csv";
        Lang lang = RDFLanguages.filenameToLang(output);
        if (lang == null) return "nq";
        return lang.getFileExtensions().get(0);
    }

    static void write(Dataset dataset, String format, OutputStream out) throws IOException {
        if (format.equals("csv")) {
            Catalogue.writeCsv(dataset, out);
            return;
        }
        Lang lang = RDFLanguages.fileExtToLang(format);
        if (lang == null) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new ArchiveKg()), "unknown format: " + format);
        if (lang.equals(Lang.NQUADS) || lang.equals(Lang.NTRIPLES)) {
            // line-based formats are written sorted, so the same input gives the same bytes
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            if (lang.equals(Lang.NQUADS)) RDFDataMgr.write(buffer, dataset, Lang.NQUADS);
            else RDFDataMgr.write(buffer, dataset.getUnionModel(), Lang.NTRIPLES);
            String[] lines = buffer.toString(StandardCharsets.UTF_8).split("\n");
            Arrays.sort(lines);
            for (String l : lines) {
                if (l.isEmpty()) continue;
                out.write(l.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        } else if (RDFLanguages.isQuads(lang)) {
            RDFDataMgr.write(out, dataset, lang);
        } else {
            RDFDataMgr.write(out, dataset.getUnionModel(), lang);
        }
        out.flush();
    }

}
