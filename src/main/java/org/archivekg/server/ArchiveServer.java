package org.archivekg.server;

import java.net.URI;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.archivekg.rdf.Iris;

/**
 * The embedded Fuseki server, one port for everything (URL layout of the architecture guide):
 * <ul>
 *   <li>{@code /archive/sparql}, {@code /archive/query}: the SPARQL query endpoint; {@code /archive/get}: Graph Store
 *       Protocol, read only. Read-only: no update, no upload. Queries time out ({@link Options#queryTimeoutMillis()});
 *       outgoing {@code SERVICE} only to allowed endpoints ({@link ServicePolicy});</li>
 *   <li>{@code /id/…} (the path of the base IRI): our IRIs, dereferenceable ({@link LinkedDataServlet});</li>
 *   <li>{@code /.well-known/void}: VoID and DCAT description ({@link VoidServlet});</li>
 *   <li>{@code /export/{gexf,graphml,cyjs,csv}}: the correspondence network for Gephi, Cytoscape and spreadsheets;
 *       {@code /export/cmif}: the letters as CMIF for correspSearch;</li>
 *   <li>{@code /query/}: the query editor; {@code /}: the start page ({@link StaticPagesServlet}).</li>
 * </ul>
 */
public final class ArchiveServer {

    public static final String DATASET = "/archive";

    /** How the server runs. */
    public record Options(int port, boolean localhostOnly, String base, List<String> allowedServices, long queryTimeoutMillis) {

        public static Options defaults(int port) {
            return new Options(port, false, Iris.DEFAULT_BASE, List.of(), 60_000);
        }

        public Options withLocalhostOnly(boolean b) {
            return new Options(port, b, base, allowedServices, queryTimeoutMillis);
        }

        public Options withBase(String b) {
            return new Options(port, localhostOnly, b, allowedServices, queryTimeoutMillis);
        }

        public Options withAllowedServices(List<String> s) {
            return new Options(port, localhostOnly, base, List.copyOf(s), queryTimeoutMillis);
        }

        public Options withQueryTimeoutMillis(long t) {
            return new Options(port, localhostOnly, base, allowedServices, t);
        }
    }

    private ArchiveServer() {
    }

    /** Starts the server with default options; port 0 takes a free port (see {@link FusekiServer#getPort()}). */
    public static FusekiServer start(Dataset dataset, int port, boolean localhostOnly) {
        return start(dataset, Options.defaults(port).withLocalhostOnly(localhostOnly));
    }

    public static FusekiServer start(Dataset dataset, Options options) {
        ServicePolicy.install(dataset.getContext(), options.allowedServices());
        if (options.queryTimeoutMillis() > 0) dataset.getContext().set(ARQ.queryTimeout, Long.toString(options.queryTimeoutMillis()));
        StaticPagesServlet pages = new StaticPagesServlet();
        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .loopback(options.localhostOnly())
                .add(DATASET, dataset, false)
                .addServlet("/.well-known/void", new VoidServlet(dataset, options.base()))
                .addServlet("/export/cmif", new CmifServlet(dataset))
                .addServlet("/export/*", new org.archivekg.export.GraphExportServlet(dataset))
                .addServlet("/query/*", pages)
                .addServlet("/query", pages)
                .addServlet("/webjars/*", pages)
                .addServlet("/web/*", pages)
                .addServlet("", pages);
        String mount = mountPath(options.base());
        if (!mount.isEmpty()) builder.addServlet(mount + "/*", new LinkedDataServlet(dataset, options.base(), mount));
        return builder.build().start();
    }

    /** The path of the base IRI ("/id" for http://localhost:3030/id/), where its IRIs are served. */
    static String mountPath(String base) {
        String path = URI.create(base).getPath();
        if (path == null) return "";
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        return path;
    }
}
