package org.archivekg.bench;

import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Scores an extracted graph against a generated corpus's ground truth, for BENCHMARKS.md:
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.archivekg.bench.ScoreCorpus corpus.nq corpus/ground-truth.json
 * </pre>
 * Prints the agreement per field, the quotations' recall and precision, then every disagreement.
 */
public final class ScoreCorpus {

    private ScoreCorpus() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ScoreCorpus GRAPH.nq GROUND-TRUTH.json");
            System.exit(2);
        }
        Dataset ds = DatasetFactory.createTxnMem();
        RDFDataMgr.read(ds, args[0]);
        GroundTruth truth = GroundTruth.read(Path.of(args[1]));
        Scorer.Score score = new Scorer().score(ds, truth.documents(), truth.quotations());
        System.out.println(score);
        score.disagreements().forEach(System.out::println);
    }
}
