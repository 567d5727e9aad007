/**
 * Problems with positions, shared by every stage. Entry point: {@link org.archivekg.problem.ProblemHandler}.
 * Depends on nothing else in the project.
 */
package org.archivekg.problem;
