package org.archivekg.problem;

/** How bad a problem is: a warning keeps the file's facts, an error or fatal loses (part of) them. */
public enum Severity { WARNING, ERROR, FATAL }
