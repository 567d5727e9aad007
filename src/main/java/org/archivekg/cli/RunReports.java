package org.archivekg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.google.gson.GsonBuilder;

import org.archivekg.pipeline.RunReport;
import org.archivekg.problem.Problem;
import org.archivekg.problem.ProblemCollector;
import org.archivekg.problem.Severity;

/**
 * The report of a run, for a curator: files read and failed, errors and warnings with file and line, and per
 * document the unresolved names and conflicting readings — printed as a summary, and written as JSON with
 * {@code --report FILE}.
 */
final class RunReports {

    private RunReports() {
    }

    /** The closing summary lines. */
    static void print(RunReport report, ProblemCollector problems, PrintWriter err) {
        long errors = problems.problems().stream().filter(p -> p.severity() != Severity.WARNING).count();
        long warnings = problems.problems().size() - errors;
        TreeSet<String> unresolved = new TreeSet<>();
        report.documents().forEach(d -> unresolved.addAll(d.unresolvedNames()));
        long conflicts = report.documents().stream().mapToLong(d -> d.conflictingDates().size()).sum();
        err.printf("summary: %d file(s) read, %d failed, %d error(s), %d warning(s), %d unresolved name(s)%s, %d conflicting date reading(s)%n",
                report.filesRead().size(), report.filesFailed().size(), errors, warnings, unresolved.size(),
                unresolved.isEmpty() ? "" : " " + unresolved, conflicts);
        err.flush();
    }

    /** The whole report as JSON. */
    static void writeJson(RunReport report, ProblemCollector problems, Path file) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("filesRead", report.filesRead());
        json.put("filesFailed", report.filesFailed());
        json.put("quads", report.quads());
        json.put("problems", problems.problems().stream().map(RunReports::problem).toList());
        json.put("documents", report.documents());
        TreeSet<String> unresolved = new TreeSet<>();
        report.documents().forEach(d -> unresolved.addAll(d.unresolvedNames()));
        json.put("unresolvedNames", List.copyOf(unresolved));
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json, w);
        }
    }

    private static Map<String, Object> problem(Problem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", p.severity().name().toLowerCase());
        m.put("file", p.pos().file());
        if (p.pos().line() > 0) m.put("line", p.pos().line());
        m.put("message", p.message());
        return m;
    }
}
