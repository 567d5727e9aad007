package org.archivekg.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.archivekg.pipeline.RunReport;
import org.archivekg.rdf.Iris;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The job's command line, for {@code spark-submit --class org.archivekg.spark.SparkJob archive-kg-spark.jar …}: reads
 * the documents, writes the graph as sharded N-Quads. Exit codes as the application's: 0 all input read, 1 some input
 * could not be read, 2 usage error (and 3 when the job itself failed).
 */
@Command(name = "archive-kg-spark", mixinStandardHelpOptions = true, version = "archive-kg-spark " + org.archivekg.Version.VERSION,
        description = {"Read archival documents on a Spark cluster and write their graph as sharded N-Quads "
                + "(OUTPUT/part-r-*.nq), the same graph as 'archive-kg extract' gives on one machine.",
                "Load the shards with tdb2.tdbloader (e.g. java -cp archive-kg.jar tdb2.tdbloader --loc DIR OUTPUT/part-*.nq) "
                        + "or any SPARQL store."})
public final class SparkJob implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files or directories (walked recursively): local or shared paths, or URIs such as hdfs://… or s3a://….")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "Output directory (local path or URI); must not exist yet.")
    String output;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions the documents are spread over, and shards of file graphs written "
                    + "(default: Spark's default parallelism).")
    Integer partitions;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base of the minted IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--authority", paramLabel = "FILE.ttl",
            description = "Authority of people in Turtle, readable from every executor (default: the one in the jar).")
    String authority;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, when not started by spark-submit (which sets it); default local[*].")
    String master;

    @Option(names = {"-q", "--quiet"}, description = "Print problems only, no progress.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkJob()).execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SparkConf conf = new SparkConf().setAppName("archive-kg");
        if (master != null) conf.setMaster(master);
        else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            int n = partitions != null ? partitions : sc.defaultParallelism();
            boolean[] errors = {false};
            SparkPipeline job = new SparkPipeline(new JobSettings(base, authority), n,
                    quiet ? s -> { } : line -> println(err, line), line -> {
                        if (!line.startsWith("warning")) errors[0] = true; // an input that is missing, unreadable …
                        println(err, line);
                    });
            RunReport report = job.run(sc, inputs, output);
            return report.anyFailed() || errors[0] ? 1 : 0;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 2;
        } catch (RuntimeException e) {
            err.println("error: the job failed: " + e);
            err.flush();
            return 3;
        }
    }

    private static void println(PrintWriter err, String line) {
        err.println(line);
        err.flush();
    }
}
