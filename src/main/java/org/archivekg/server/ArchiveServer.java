package org.archivekg.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;

/**
 * The embedded Fuseki server: the dataset {@code archive} at {@code /archive} with its SPARQL query endpoint
 * ({@code /archive/sparql}, {@code /archive/query}) and read-only Graph Store Protocol ({@code /archive/get}).
 * Read-only: no update, no upload.
 */
public final class ArchiveServer {

    public static final String DATASET = "/archive";

    private ArchiveServer() {
    }

    /** Starts the server; port 0 takes a free port (see {@link FusekiServer#getPort()}). */
    public static FusekiServer start(Dataset dataset, int port, boolean localhostOnly) {
        return FusekiServer.create()
                .port(port)
                .loopback(localhostOnly)
                .add(DATASET, dataset, false)
                .build()
                .start();
    }
}
