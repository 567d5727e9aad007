package org.archivekg.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collect-and-continue policy: keeps every problem, optionally echoes it to a stream as it comes,
 * and tells the caller whether anything failed (the CLI turns that into its exit code).
 */
public final class ProblemCollector implements ProblemHandler {

    private final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    private final Consumer<String> echo;

    public ProblemCollector() {
        this(null);
    }

    public ProblemCollector(Consumer<String> echo) {
        this.echo = echo;
    }

    @Override
    public void report(Problem problem) {
        problems.add(problem);
        if (echo != null) echo.accept(problem.toString());
    }

    public List<Problem> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    /** True when an error or fatal problem was reported (warnings do not count). */
    public boolean hasErrors() {
        return problems().stream().anyMatch(p -> p.severity() != Severity.WARNING);
    }
}
