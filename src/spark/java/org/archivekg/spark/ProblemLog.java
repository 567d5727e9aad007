package org.archivekg.spark;

import java.util.ArrayList;
import java.util.List;

import org.archivekg.problem.Problem;
import org.archivekg.problem.ProblemHandler;

/** Collects the problems of the document a Spark task is working on, as lines to send to the driver. */
final class ProblemLog implements ProblemHandler {

    private final List<String> lines = new ArrayList<>();

    @Override
    public void report(Problem problem) {
        lines.add(problem.toString());
    }

    /** The problems reported since the last call. */
    List<String> take() {
        List<String> taken = List.copyOf(lines);
        lines.clear();
        return taken;
    }
}
