package org.archivekg.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.archivekg.extract.Lexicon;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.problem.ProblemHandler;
import org.archivekg.rdf.Iris;
import org.archivekg.resolve.Authority;

/**
 * What every task of the job needs to build the same {@link Pipeline} as a single-machine run: the base of the
 * IRIs and the authority file (null: the standard one). Sent to the executors with the tasks; each task thread
 * loads the lexicon and the authority once and keeps them for its later tasks. Per thread, not per JVM: the
 * single-machine pipeline uses them from one thread, and the name normaliser's ICU transliterator is not
 * thread-safe.
 */
public record JobSettings(String base, String authorityFile) implements Serializable {

    private static final ThreadLocal<Map<String, Authority>> AUTHORITIES = ThreadLocal.withInitial(HashMap::new);
    private static final ThreadLocal<Lexicon> LEXICON = ThreadLocal.withInitial(Lexicon::standard);

    public JobSettings {
        Objects.requireNonNull(base, "base");
    }

    public static JobSettings standard() {
        return new JobSettings(Iris.DEFAULT_BASE, null);
    }

    /** A pipeline as the single-machine run builds it, reporting to {@code problems}; lexicon and authority are shared. */
    public Pipeline pipeline(ProblemHandler problems) {
        return Pipeline.builder().base(base).lexicon(lexicon()).authority(authority()).problems(problems).build();
    }

    private static Lexicon lexicon() {
        return LEXICON.get();
    }

    private Authority authority() {
        if (authorityFile == null) return AUTHORITIES.get().computeIfAbsent("", k -> Authority.standard());
        return AUTHORITIES.get().computeIfAbsent(authorityFile, JobSettings::readAuthority);
    }

    /**
     * The built-in authority with the people of a Turtle file added (as {@code --authority} does on one machine), the
     * file read from any file system Hadoop knows (local, HDFS, S3 …), so every executor can read it.
     */
    private static Authority readAuthority(String file) {
        Model m = Authority.standardModel();
        try {
            URI uri = SourcePaths.uri(file);
            try (InputStream in = FileSystem.get(uri, new Configuration()).open(new org.apache.hadoop.fs.Path(uri))) {
                RDFDataMgr.read(m, in, Lang.TURTLE);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the authority " + file + ": " + e.getMessage(), e);
        }
        return Authority.of(m);
    }
}
