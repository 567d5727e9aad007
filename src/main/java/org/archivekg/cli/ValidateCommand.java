package org.archivekg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.archivekg.pipeline.RunReport;
import org.archivekg.problem.ProblemCollector;
import org.archivekg.store.Store;
import org.archivekg.validate.Report;
import org.archivekg.validate.Validator;
import org.archivekg.validate.Violation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code validate FILE-OR-DIR… | --rdf FILE… | --data DIR}: check the graph against the SHACL shapes. Public (unlike
 * the other commands) so that tests outside this package can add it to a command line.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a graph against the SHACL shapes of the ontology (ontology/shapes.ttl).",
                "It validates the graph of documents (read as extract reads them), of RDF files (N-Quads, TriG, Turtle …)",
                "or of a TDB2 store, all graphs together (labels of resolved persons live in the reference graph).",
                "Each result is printed on standard output as",
                "  violation: SOURCE-FILE: <focus node> path: message (value: …)",
                "and a summary line ends the output. Warnings are printed but do not fail the check."},
        footer = {"", "Exit codes: 0 the graph conforms (no violations); 1 it does not, or some input could not be read;",
                "2 usage error."})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE-OR-DIR", description = "Documents to read and validate; directories are read recursively.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--rdf", paramLabel = "FILE", description = "An RDF file to validate (N-Quads, TriG, Turtle, N-Triples …; repeatable).")
    List<Path> rdf = new ArrayList<>();

    @Option(names = {"-d", "--data"}, paramLabel = "DIR", description = "A TDB2 store directory to validate.")
    Path data;

    @Option(names = "--shapes", paramLabel = "FILE", description = "Other SHACL shapes (default: the ontology's shapes.ttl).")
    Path shapes;

    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        int modes = (inputs.isEmpty() ? 0 : 1) + (rdf.isEmpty() ? 0 : 1) + (data == null ? 0 : 1);
        if (modes != 1) {
            throw new ParameterException(spec.commandLine(), modes == 0
                    ? "Give what to validate: FILE-OR-DIR…, --rdf FILE or --data DIR"
                    : "Give only one of FILE-OR-DIR…, --rdf FILE and --data DIR");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Validator validator;
        try {
            validator = shapes == null ? Validator.standard() : Validator.fromFile(shapes);
        } catch (RuntimeException e) {
            err.printf("error: %s: cannot read the shapes: %s%n", shapes, e.getMessage());
            err.flush();
            return ArchiveKg.EXIT_INPUT_FAILED;
        }
        boolean inputFailed = false;
        Report report;
        if (!inputs.isEmpty()) {
            ProblemCollector problems = CommonOptions.problems(err);
            DatasetGraph graph = DatasetGraphFactory.createTxnMem();
            RunReport run = common.pipeline(problems, err).run(inputs, StreamRDFLib.dataset(graph));
            inputFailed = run.anyFailed() || problems.hasErrors();
            // name each file by the path it was read from, as the other commands' messages do
            Map<String, String> paths = new HashMap<>();
            for (String f : run.filesRead()) paths.putIfAbsent(Path.of(f).getFileName().toString(), f);
            report = validator.validate(graph).mapSourceFiles(name -> paths.getOrDefault(name, name));
        } else if (!rdf.isEmpty()) {
            DatasetGraph graph = DatasetGraphFactory.createTxnMem();
            for (Path file : rdf) {
                if (!Files.isRegularFile(file)) {
                    err.printf("error: %s: no such file%n", file);
                    inputFailed = true;
                    continue;
                }
                try {
                    // parse errors are reported below, once, naming the file (not logged by RIOT as well)
                    RDFParser.source(file).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(graph);
                } catch (RiotException | UnsupportedOperationException e) {
                    err.printf("error: %s: cannot read as RDF: %s%n", file, e.getMessage());
                    inputFailed = true;
                }
            }
            report = validator.validate(graph);
        } else {
            if (!Files.isDirectory(data)) {
                err.printf("error: %s: no such store directory%n", data);
                err.flush();
                return ArchiveKg.EXIT_INPUT_FAILED;
            }
            Store store;
            try {
                store = Store.open(data);
            } catch (RuntimeException e) {
                // e.g. the store is locked by a running server (another JVM)
                err.printf("error: %s: cannot open the store: %s%n", data, e.getMessage());
                err.flush();
                return ArchiveKg.EXIT_INPUT_FAILED;
            }
            try {
                DatasetGraph dsg = store.dataset().asDatasetGraph();
                if (moreGraphsThan(dsg, common.spillAbove)) {
                    // a copy of the store in memory would grow with it: read it where it lies (about twice as slow)
                    if (!common.quiet) {
                        err.printf("more than %,d graphs: the store is checked where it lies, not copied into memory%n", common.spillAbove);
                        err.flush();
                    }
                    report = validator.validateInPlace(dsg);
                } else {
                    report = validator.validate(dsg);
                }
            } finally {
                store.close();
            }
        }
        for (Violation v : report.results()) out.println(v);
        out.println(report.summary());
        out.flush();
        err.flush();
        return report.conforms() && !inputFailed ? 0 : ArchiveKg.EXIT_INPUT_FAILED;
    }

    /** Whether the store holds more than {@code n} named graphs (one per source file); stops counting past {@code n}. */
    private static boolean moreGraphsThan(DatasetGraph dsg, int n) {
        return Txn.calculateRead(dsg, () -> {
            int seen = 0;
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); it.next()) {
                if (++seen > n) return true;
            }
            return false;
        });
    }
}
