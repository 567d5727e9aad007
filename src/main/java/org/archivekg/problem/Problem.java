package org.archivekg.problem;

/** One problem met while processing a source, with where it happened. */
public record Problem(Severity severity, String message, SourcePos pos) {

    @Override
    public String toString() {
        return severity.name().toLowerCase() + ": " + pos + ": " + message;
    }
}
