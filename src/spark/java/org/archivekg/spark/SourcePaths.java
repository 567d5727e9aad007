package org.archivekg.spark;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.problem.ProblemHandler;
import org.archivekg.problem.SourcePos;
import org.archivekg.resolve.ResolvedDocument;
import org.archivekg.source.SourceFiles;

/**
 * Where the job's input lies. A path without a scheme is a local (or shared, mounted) path, listed and read exactly as
 * the single-machine pipeline does ({@link SourceFiles}), so both name a file alike and give the same graph;
 * a URI with a scheme ({@code hdfs://…}, {@code s3a://…}, {@code file:/…}) goes through Hadoop's file system API,
 * which every Spark cluster has. Directories are walked recursively, files in name order, hidden files skipped.
 */
final class SourcePaths {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

    private SourcePaths() {
    }

    static boolean hasScheme(String path) {
        return SCHEME.matcher(path).matches();
    }

    /** The path as a URI: as given when it has a scheme, else the local file's. */
    static URI uri(String path) {
        return hasScheme(path) ? URI.create(path) : new File(path).toURI();
    }

    /** The files to read, in the order the single-machine pipeline reads them. */
    static List<String> expand(List<String> inputs, ProblemHandler problems, Configuration conf) {
        List<String> files = new ArrayList<>();
        for (String input : inputs) {
            if (!hasScheme(input)) {
                SourceFiles.of(List.of(java.nio.file.Path.of(input)), problems).forEach(p -> files.add(p.toString()));
                continue;
            }
            try {
                Path p = new Path(URI.create(input));
                FileSystem fs = p.getFileSystem(conf);
                if (!fs.exists(p)) {
                    problems.error("no such file or directory", SourcePos.ofFile(input));
                    continue;
                }
                FileStatus status = fs.getFileStatus(p);
                if (!status.isDirectory()) {
                    files.add(status.getPath().toString());
                    continue;
                }
                List<String> found = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
                while (it.hasNext()) {
                    LocatedFileStatus f = it.next();
                    if (f.isFile() && !f.getPath().getName().startsWith(".")) found.add(f.getPath().toString());
                }
                found.sort(null);
                files.addAll(found);
            } catch (IOException | RuntimeException e) {
                problems.error("cannot list directory: " + e.getMessage(), SourcePos.ofFile(input));
            }
        }
        return files;
    }

    /** Reads, extracts and resolves one file with the pipeline; empty when it could not be read (reported). */
    static java.util.Optional<ResolvedDocument> resolve(Pipeline pipeline, String path) {
        if (!hasScheme(path)) return pipeline.resolve(java.nio.file.Path.of(path));
        byte[] bytes;
        try {
            Path p = new Path(URI.create(path));
            try (InputStream in = p.getFileSystem(new Configuration()).open(p)) {
                bytes = in.readAllBytes();
            }
        } catch (IOException | RuntimeException e) {
            pipeline.problems().error("cannot read file: " + e.getMessage(), SourcePos.ofFile(path));
            return java.util.Optional.empty();
        }
        return pipeline.resolve(path, bytes);
    }
}
