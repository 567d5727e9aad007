package org.archivekg.resolve;

/**
 * A person as the graph names them: the authority's key and canonical name, or — for a name that matched
 * nobody — a key made from the name and the name as written, flagged unresolved.
 */
public record PersonRef(String key, String label, boolean resolved) {
}
