package org.archivekg.validate;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * One SHACL validation result: the focus node, the path (prefixed, e.g. {@code akg:date}, {@code ^akg:publishes};
 * null for a node-level constraint), the severity, the message, the offending value (may be null), the shape that
 * reported it, and the source files the focus node comes from (file names as in {@code akg:sourceFile} /
 * {@code akg:inFile}, or, when validating documents, the paths they were read from; empty when none is known).
 */
public record Violation(Node focus, String path, Severity severity, String message, Node value, Node shape, List<String> sourceFiles) {

    /** SHACL's {@code sh:Violation}, {@code sh:Warning}, {@code sh:Info}. Only VIOLATION makes a dataset fail. */
    public enum Severity { VIOLATION, WARNING, INFO }

    public Violation {
        sourceFiles = sourceFiles == null ? List.of() : List.copyOf(sourceFiles);
    }

    /** The (first) source file of the focus node, or null when none is known. */
    public String sourceFile() {
        return sourceFiles.isEmpty() ? null : sourceFiles.get(0);
    }

    public boolean isViolation() {
        return severity == Severity.VIOLATION;
    }

    /** The same result with other source file names (e.g. the paths of the files a run read). */
    public Violation withSourceFiles(List<String> files) {
        return new Violation(focus, path, severity, message, value, shape, files);
    }

    /** What is wrong, without severity and file: {@code <focus> path: message (value: …)} — for a {@code Problem}'s message. */
    public String detail() {
        StringBuilder sb = new StringBuilder(Validator.render(focus));
        if (path != null) sb.append(' ').append(path);
        sb.append(": ").append(message);
        if (value != null) sb.append(" (value: ").append(Validator.render(value)).append(')');
        return sb.toString();
    }

    /** One line: {@code violation: FILE: <focus> path: message (value: …)}, like a {@code Problem}. */
    @Override
    public String toString() {
        return severity.name().toLowerCase() + ": " + (sourceFiles.isEmpty() ? "(no source file)" : String.join(", ", sourceFiles)) + ": "
                + detail();
    }
}
