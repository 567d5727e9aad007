package org.archivekg.validate;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The outcome of validating a dataset: every result, violations first. The dataset conforms when there is no
 * result of severity {@link Violation.Severity#VIOLATION} (warnings are reported but do not fail it).
 */
public record Report(List<Violation> results) {

    public Report {
        results = List.copyOf(results);
    }

    public boolean conforms() {
        return results.stream().noneMatch(Violation::isViolation);
    }

    /** Results of severity VIOLATION. */
    public List<Violation> violations() {
        return results.stream().filter(Violation::isViolation).toList();
    }

    /** Results of severity WARNING or INFO. */
    public List<Violation> warnings() {
        return results.stream().filter(v -> !v.isViolation()).toList();
    }

    /** The source files that have at least one VIOLATION (what a load should refuse), in report order. */
    public Set<String> filesWithViolations() {
        Set<String> files = new LinkedHashSet<>();
        for (Violation v : violations()) files.addAll(v.sourceFiles());
        return files;
    }

    /** Results per source file; results without a known file are under the key "" (empty string). */
    public Map<String, List<Violation>> byFile() {
        Map<String, List<Violation>> map = new LinkedHashMap<>();
        for (Violation v : results) {
            if (v.sourceFiles().isEmpty()) map.computeIfAbsent("", k -> new java.util.ArrayList<>()).add(v);
            for (String f : v.sourceFiles()) map.computeIfAbsent(f, k -> new java.util.ArrayList<>()).add(v);
        }
        return map;
    }

    /** The same report with each source file name mapped (e.g. a file name to the path it was read from). */
    public Report mapSourceFiles(UnaryOperator<String> mapping) {
        return new Report(results.stream()
                .map(v -> v.withSourceFiles(v.sourceFiles().stream().map(mapping).distinct().toList()))
                .toList());
    }

    /** "conforms (2 warnings)" / "does not conform: 3 violations, 1 warning, in 2 files". */
    public String summary() {
        int violations = violations().size();
        int warnings = warnings().size();
        String w = warnings + (warnings == 1 ? " warning" : " warnings");
        if (violations == 0) return "conforms" + (warnings == 0 ? "" : " (" + w + ")");
        int files = filesWithViolations().size();
        return "does not conform: " + violations + (violations == 1 ? " violation" : " violations") + ", " + w
                + (files == 0 ? "" : ", in " + files + (files == 1 ? " file" : " files"));
    }
}
