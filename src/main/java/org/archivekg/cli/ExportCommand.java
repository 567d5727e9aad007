package org.archivekg.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.archivekg.export.CorrespondenceNetwork;
import org.archivekg.export.GraphExport;
import org.archivekg.export.GraphExport.Format;
import org.archivekg.pipeline.RunReport;
import org.archivekg.problem.ProblemCollector;
import org.archivekg.store.Store;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export (--data STORE | --rdf FILE… | FILE-OR-DIR…) --format gexf|graphml|cyjs|csv -o OUT}: the
 * correspondence network for Gephi, yEd, Cytoscape or a spreadsheet. See {@link GraphExport}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the correspondence network for Gephi (GEXF 1.3, dynamic: play it through time), yEd (GraphML), "
                + "Cytoscape (Cytoscape.js JSON) or a spreadsheet (CSV node and edge lists).",
                "Nodes: people (with their pseudonyms), offices and records. Edges: sent, received, copy, via, quotes, replies-to, "
                + "refers-to, and person-to-person 'wrote-to' weighted by the number of letters.",
                "Reads exactly one of: a TDB2 store (--data), RDF quads written by 'extract' (--rdf), or documents (extracted "
                + "first, as 'extract' does)."},
        footer = {"", "Exit codes: 0 exported; 1 some input, the store or an RDF file could not be read (what could be read was "
                + "exported); 2 usage error."})
public final class ExportCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE-OR-DIR", description = "Documents to read; directories are read recursively.")
    List<Path> inputs;

    @Option(names = {"-d", "--data"}, paramLabel = "STORE", description = "Export from this TDB2 store directory (as made by 'load').")
    Path data;

    @Option(names = "--rdf", paramLabel = "FILE",
            description = "Export from RDF quads (N-Quads or TriG, e.g. from 'extract -o seeds.nq'); repeat for several files.")
    List<Path> rdf;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "gexf, graphml, cyjs (Cytoscape.js JSON), csv, or cmif (TEI correspDesc for correspSearch); "
                    + "default: from the output's extension (.xml: cmif).")
    String format;

    @Option(names = "--publisher", defaultValue = "Archive KG", description = "cmif: the publisher (and editor) named in the file (default: ${DEFAULT-VALUE}).")
    String publisher;

    @Option(names = "--file-url", paramLabel = "URL", description = "cmif: the URL the CMIF file will be published at (required for cmif).")
    String fileUrl;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Output file ('-' or absent: standard output). For csv: a directory (created if missing) that "
                    + "receives nodes.csv and edges.csv.")
    String output;

    @Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        boolean toStdout = output == null || output.equals("-");

        int sources = (data != null ? 1 : 0) + (rdf != null && !rdf.isEmpty() ? 1 : 0) + (inputs != null && !inputs.isEmpty() ? 1 : 0);
        if (sources != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give exactly one source: --data STORE, --rdf FILE… or FILE-OR-DIR…");
        }
        boolean cmif = "cmif".equalsIgnoreCase(format) || (format == null && !toStdout && output.toLowerCase(java.util.Locale.ROOT).endsWith(".xml"));
        if (cmif && fileUrl == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cmif needs --file-url URL (where the file will be published)");
        }
        Format fmt;
        if (cmif) {
            fmt = null;
        } else if (format != null) {
            fmt = Format.parse(format).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    "unknown format: " + format + " (gexf, graphml, cyjs, csv)"));
        } else {
            fmt = (toStdout ? Optional.<Format>empty() : Format.ofFileName(output)).orElseThrow(() ->
                    new CommandLine.ParameterException(spec.commandLine(),
                            "no --format given and none implied by the output's extension (.gexf, .graphml, .cyjs, .csv)"));
        }
        if (!cmif && fmt == Format.CSV && (toStdout || Files.isRegularFile(Path.of(output)))) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "csv writes two files, nodes.csv and edges.csv: give -o DIRECTORY");
        }

        boolean failed = false;
        CorrespondenceNetwork network;
        if (data != null) {
            if (!Files.isDirectory(data)) {
                err.printf("error: %s: no TDB2 store there%n", data);
                err.flush();
                return ArchiveKg.EXIT_INPUT_FAILED;
            }
            try (Store store = Store.open(data)) {
                network = use(store.dataset(), cmif, toStdout);
            } catch (RuntimeException e) {
                err.printf("error: %s: the store could not be read: %s%n", data, e.getMessage());
                err.flush();
                return ArchiveKg.EXIT_INPUT_FAILED;
            }
        } else if (rdf != null && !rdf.isEmpty()) {
            DatasetGraph graph = DatasetGraphFactory.createTxnMem();
            for (Path f : rdf) {
                try {
                    if (!Files.isRegularFile(f)) throw new RiotException("no such file");
                    RDFDataMgr.read(graph, f.toString());
                } catch (RiotException e) {
                    err.printf("error: %s: %s%n", f, e.getMessage());
                    err.flush();
                    failed = true;
                }
            }
            if (failed && graph.isEmpty()) return ArchiveKg.EXIT_INPUT_FAILED;
            network = use(DatasetFactory.wrap(graph), cmif, toStdout);
        } else {
            ProblemCollector problems = CommonOptions.problems(err);
            DatasetGraph graph = DatasetGraphFactory.createTxnMem();
            RunReport report = common.pipeline(problems, err).run(inputs, StreamRDFLib.dataset(graph));
            failed = report.anyFailed() || problems.hasErrors();
            network = use(DatasetFactory.wrap(graph), cmif, toStdout);
        }

        if (cmif) {
            if (!common.quiet) {
                err.printf("exported the letters as CMIF%s%n", toStdout ? "" : " → " + output);
                err.flush();
            }
            return failed ? ArchiveKg.EXIT_INPUT_FAILED : 0;
        }
        if (fmt == Format.CSV) {
            GraphExport.writeCsvFiles(network, Path.of(output));
        } else {
            try (OutputStream out = new BufferedOutputStream(Output.open(output))) {
                GraphExport.write(network, fmt, out);
            }
        }
        if (!common.quiet) {
            err.printf("exported %d nodes and %d edges as %s%s%n", network.nodes().size(), network.edges().size(),
                    fmt.extension(), toStdout ? "" : " → " + output);
            err.flush();
        }
        return failed ? ArchiveKg.EXIT_INPUT_FAILED : 0;
    }

    /** CMIF is written straight from the dataset (returns null); the other formats read the network first. */
    private CorrespondenceNetwork use(org.apache.jena.query.Dataset dataset, boolean cmif, boolean toStdout) {
        if (!cmif) return CorrespondenceNetwork.read(dataset);
        try (OutputStream out = new BufferedOutputStream(Output.open(output))) {
            org.archivekg.export.CmifWriter.write(dataset, publisher, fileUrl, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return null;
    }
}
