package org.archivekg.link;

/** How one Record relates to another. */
public enum Relation { QUOTES, REPLIES_TO, REFERS_TO }
