package org.archivekg.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;

/**
 * Fuseki's SPARQL query service with a result-size limit: a SELECT, CONSTRUCT or DESCRIBE without a LIMIT, or with a
 * larger one, is answered with at most {@code max} results, and the response says so in {@value #HEADER}. Fuseki has
 * no such limit of its own.
 * <p>
 * Why here and not in a servlet filter: the limit is set on the query Fuseki has just parsed, for every way SPARQL
 * sends a query (the {@code query} parameter of a GET or a form, or an {@code application/sparql-query} body). A filter
 * had to parse the query, write it out again and let Fuseki parse that: a third of the server's CPU on short lookups.
 */
final class LimitedQueryService extends SPARQL_QueryDataset {

    static final String HEADER = "Archive-KG-Result-Limit";

    private final long max;

    LimitedQueryService(long max) {
        if (max <= 0) throw new IllegalArgumentException("the result limit must be positive");
        this.max = max;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (query.isAskType() || query.isJsonType()) return;
        if (query.hasLimit() && query.getLimit() <= max) return;
        query.setLimit(max); // the parsed query is the one Fuseki runs
        action.setResponseHeader(HEADER, Long.toString(max));
    }
}
