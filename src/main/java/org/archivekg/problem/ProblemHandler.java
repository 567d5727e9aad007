package org.archivekg.problem;

/**
 * Where every stage reports problems (as Jena RIOT's {@code ErrorHandler}). The policy — collect and
 * continue, print, fail fast — belongs to the implementation, not to the stage that reports.
 */
@FunctionalInterface
public interface ProblemHandler {

    void report(Problem problem);

    default void warning(String message, SourcePos pos) {
        report(new Problem(Severity.WARNING, message, pos));
    }

    default void error(String message, SourcePos pos) {
        report(new Problem(Severity.ERROR, message, pos));
    }

    default void fatal(String message, SourcePos pos) {
        report(new Problem(Severity.FATAL, message, pos));
    }
}
