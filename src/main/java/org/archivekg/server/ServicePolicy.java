package org.archivekg.server;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Outgoing {@code SERVICE} (federated queries) is off unless the user allows named endpoints: an open
 * {@code SERVICE} would let anyone make the server fetch any URL (server-side request forgery). The allow-list
 * is a chain link in front of Jena's HTTP service executor, set in the dataset's context only.
 */
public final class ServicePolicy {

    private ServicePolicy() {
    }

    /** Allows {@code SERVICE} only to endpoints whose IRI starts with one of {@code allowed}; none when empty. */
    public static void install(Context context, List<String> allowed) {
        context.set(ARQ.httpServiceAllowed, !allowed.isEmpty());
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.createFrom(ServiceExecutorRegistry.get());
        registry.addBulkLink((opService, input, execCxt, chain) -> {
            Node service = opService.getService();
            String iri = service.isURI() ? service.getURI() : String.valueOf(service);
            if (allowed.stream().noneMatch(iri::startsWith)) {
                throw new QueryExecException("SERVICE <" + iri + "> is not allowed on this server"
                        + (allowed.isEmpty() ? " (federation is off: start the server with --allow-service URL)" : " (allowed: " + allowed + ")"));
            }
            return chain.createExecution(opService, input, execCxt);
        });
        ServiceExecutorRegistry.set(context, registry);
    }
}
