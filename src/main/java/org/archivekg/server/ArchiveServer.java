package org.archivekg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.archivekg.rdf.Iris;

/**
 * The embedded Fuseki server, one port for everything (URL layout of the architecture guide):
 * <ul>
 *   <li>{@code /archive/sparql}, {@code /archive/query}: the SPARQL query endpoint; {@code /archive/get}: Graph Store
 *       Protocol, read only. Read-only: no update, no upload. Queries time out ({@link Options#queryTimeoutMillis()}) and return at most
 *       {@link Options#resultLimit()} results;
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
    /**
     * How the server runs. {@code updatePasswordFile}: when set, SPARQL Update ({@code /archive/update}) and Graph
     * Store writes ({@code /archive/data}) are turned on, for the users of that file only (HTTP Basic; Jetty's
     * {@code user: password} format); null keeps the server read-only.
     */
    public record Options(int port, boolean localhostOnly, String base, List<String> allowedServices, long queryTimeoutMillis,
                          Path updatePasswordFile, long resultLimit) {

        /** Results a query may return by default. */
        public static final long DEFAULT_RESULT_LIMIT = 10_000;

        public static Options defaults(int port) {
            return new Options(port, false, Iris.DEFAULT_BASE, List.of(), 60_000, null, DEFAULT_RESULT_LIMIT);
        }

        public Options withResultLimit(long n) {
            return new Options(port, localhostOnly, base, allowedServices, queryTimeoutMillis, updatePasswordFile, n);
        }

        public Options withLocalhostOnly(boolean b) {
            return new Options(port, b, base, allowedServices, queryTimeoutMillis, updatePasswordFile, resultLimit);
        }

        public Options withBase(String b) {
            return new Options(port, localhostOnly, b, allowedServices, queryTimeoutMillis, updatePasswordFile, resultLimit);
        }

        public Options withAllowedServices(List<String> s) {
            return new Options(port, localhostOnly, base, List.copyOf(s), queryTimeoutMillis, updatePasswordFile, resultLimit);
        }

        public Options withQueryTimeoutMillis(long t) {
            return new Options(port, localhostOnly, base, allowedServices, t, updatePasswordFile, resultLimit);
        }

        public Options withUpdatesFor(Path passwordFile) {
            return new Options(port, localhostOnly, base, allowedServices, queryTimeoutMillis, passwordFile, resultLimit);
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
        if (options.queryTimeoutMillis() > 0) {
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(options.queryTimeoutMillis()));
            QueryDeadline.install(dataset.getContext(), options.queryTimeoutMillis()); // ARQ's timeout misses some plans
        }
        StaticPagesServlet pages = new StaticPagesServlet();
        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .loopback(options.localhostOnly())
                .enableCors(true) // other archives' pages and federated clients query us from the browser
                .add(DATASET, dataset, false)
                .addServlet("/.well-known/void", new VoidServlet(dataset, options.base()))
                .addServlet("/export/cmif", new CmifServlet(dataset))
                .addServlet("/export/*", new org.archivekg.export.GraphExportServlet(dataset))
                .addServlet("/search", new SearchServlet(dataset, options.base()))
                .addServlet(VersionsServlet.PATH + "*", new VersionsServlet(dataset, options.base()))
                .addServlet("/query/*", pages)
                .addServlet("/query", pages)
                .addServlet("/webjars/*", pages)
                .addServlet("/web/*", pages)
                .addServlet("", pages);
        if (options.updatePasswordFile() != null) allowUpdates(builder, options.updatePasswordFile());
        if (options.resultLimit() > 0) builder.registerOperation(Operation.Query, new LimitedQueryService(options.resultLimit()));
        String mount = mountPath(options.base());
        if (!mount.isEmpty()) builder.addServlet(mount + "/*", new LinkedDataServlet(dataset, options.base(), mount));
        return builder.build().start();
    }

    /** Update and upload for the users of the password file only, behind Fuseki's own HTTP authentication. */
    private static void allowUpdates(FusekiServer.Builder builder, Path passwordFile) {
        List<String> users = users(passwordFile);
        if (users.isEmpty()) throw new IllegalArgumentException(passwordFile + ": no users (lines 'user: password')");
        AuthPolicy policy = Auth.policyAllowSpecific(users);
        builder.passwordFile(passwordFile.toString())
                .auth(AuthScheme.BASIC)
                .addEndpoint(DATASET, "update", Operation.Update, policy)
                .addEndpoint(DATASET, "data", Operation.GSP_RW, policy);
    }

    private static List<String> users(Path passwordFile) {
        try {
            return Files.readAllLines(passwordFile).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#") && l.contains(":"))
                    .map(l -> l.substring(0, l.indexOf(':')).strip()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password file " + passwordFile, e);
        }
    }

    /** The path of the base IRI ("/id" for http://localhost:3030/id/), where its IRIs are served. */
    static String mountPath(String base) {
        String path = URI.create(base).getPath();
        if (path == null) return "";
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        return path;
    }
}
