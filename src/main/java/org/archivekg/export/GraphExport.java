package org.archivekg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.query.Dataset;

/**
 * The correspondence network of a dataset as a graph file for network tools: the entry point that the
 * {@code export} command and the server's {@code /export/{format}} share. Reads the dataset with SPARQL
 * ({@link CorrespondenceNetwork#read}: every pattern inside {@code GRAPH ?g}, so a TDB2 store and the N-Quads of
 * {@code extract} give the same result) and writes
 * <ul>
 *   <li>{@link Format#GEXF} — dynamic GEXF 1.3 for Gephi, playable through time ({@link GexfWriter});</li>
 *   <li>{@link Format#GRAPHML} — GraphML via JGraphT ({@link GraphMlWriter});</li>
 *   <li>{@link Format#CYJS} — Cytoscape.js JSON ({@link CytoscapeJsonWriter});</li>
 *   <li>{@link Format#CSV} — node and edge lists ({@link CsvWriter}). A CSV file holds one table: {@link #write}
 *       writes the edge list (the table most tools start from), {@link #writeCsv} either table, and
 *       {@link #writeCsvFiles} both, as {@code nodes.csv} and {@code edges.csv} in a directory (what the CLI does).
 *       Over HTTP: {@code /export/csv} (or {@code ?part=edges}) gives the edges, {@code ?part=nodes} the nodes.</li>
 * </ul>
 * What the nodes and edges are, and how time is shown, is documented on {@link CorrespondenceNetwork} and on each
 * writer. None of the methods closes the stream.
 */
public final class GraphExport {

    /** The formats, with their media type and file extension. */
    public enum Format {
        GEXF("application/gexf+xml", "gexf"),
        GRAPHML("application/graphml+xml", "graphml"),
        CYJS("application/json", "cyjs"),
        CSV("text/csv; charset=utf-8", "csv");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        /** The Content-Type to serve it with. */
        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }

        /** The format named {@code gexf}, {@code graphml}, {@code cyjs} (or {@code json}) or {@code csv}, any case. */
        public static Optional<Format> parse(String name) {
            if (name == null) return Optional.empty();
            String n = name.strip().toLowerCase(Locale.ROOT);
            if (n.equals("json") || n.equals("cytoscape")) return Optional.of(CYJS);
            for (Format f : values()) {
                if (f.extension.equals(n)) return Optional.of(f);
            }
            return Optional.empty();
        }

        /** The format a file name's extension implies ({@code .gexf}, {@code .graphml}, {@code .cyjs}/{@code .json}, {@code .csv}). */
        public static Optional<Format> ofFileName(String fileName) {
            if (fileName == null) return Optional.empty();
            int dot = fileName.lastIndexOf('.');
            return dot < 0 ? Optional.empty() : parse(fileName.substring(dot + 1));
        }
    }

    /** The two tables of {@link Format#CSV}. */
    public enum CsvPart {
        NODES, EDGES;

        /** {@code nodes} or {@code edges} (any case); absent or blank: {@link #EDGES}. */
        public static Optional<CsvPart> parse(String name) {
            if (name == null || name.isBlank()) return Optional.of(EDGES);
            return switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "nodes" -> Optional.of(NODES);
                case "edges" -> Optional.of(EDGES);
                default -> Optional.empty();
            };
        }

        public String fileName() {
            return name().toLowerCase(Locale.ROOT) + ".csv";
        }
    }

    private GraphExport() {
    }

    /** Reads the network and writes it in a format ({@link Format#CSV}: the edge list). */
    public static void write(Dataset dataset, Format format, OutputStream out) {
        write(CorrespondenceNetwork.read(dataset), format, out);
    }

    /** Writes a network already read. */
    public static void write(CorrespondenceNetwork network, Format format, OutputStream out) {
        switch (format) {
            case GEXF -> GexfWriter.write(network, out);
            case GRAPHML -> GraphMlWriter.write(network, out);
            case CYJS -> CytoscapeJsonWriter.write(network, out);
            case CSV -> CsvWriter.writeEdges(network, out);
        }
    }

    /** One CSV table. */
    public static void writeCsv(Dataset dataset, CsvPart part, OutputStream out) {
        writeCsv(CorrespondenceNetwork.read(dataset), part, out);
    }

    public static void writeCsv(CorrespondenceNetwork network, CsvPart part, OutputStream out) {
        if (part == CsvPart.NODES) CsvWriter.writeNodes(network, out);
        else CsvWriter.writeEdges(network, out);
    }

    /** Both CSV tables, {@code nodes.csv} and {@code edges.csv}, in {@code directory} (created if missing). */
    public static void writeCsvFiles(CorrespondenceNetwork network, Path directory) throws IOException {
        Files.createDirectories(directory);
        for (CsvPart part : CsvPart.values()) {
            try (OutputStream out = Files.newOutputStream(directory.resolve(part.fileName()))) {
                writeCsv(network, part, out);
            }
        }
    }

    public static void writeCsvFiles(Dataset dataset, Path directory) throws IOException {
        writeCsvFiles(CorrespondenceNetwork.read(dataset), directory);
    }
}
