package org.archivekg.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Dataset;
import org.archivekg.export.GraphExport.CsvPart;
import org.archivekg.export.GraphExport.Format;

/**
 * {@code GET /export/{gexf|graphml|cyjs|csv}}: the correspondence network of the served dataset, computed on each
 * request (so it always matches the store). Mount at {@code /export/*}. {@code csv} gives the edge list, or the node
 * list with {@code ?part=nodes} ({@code ?part=edges} is the default). Responses carry the format's media type
 * ({@link Format#mediaType()}) and a {@code Content-Disposition} file name ({@code archive-kg.gexf},
 * {@code archive-kg-nodes.csv}, …); an unknown format is 404, an unknown part 400, both with a plain-text reason.
 * The whole file is built before the first byte is sent, so a failure gives a 500, not a truncated file.
 */
public final class GraphExportServlet extends HttpServlet {

    private final transient Dataset dataset;

    public GraphExportServlet(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        while (path.startsWith("/")) path = path.substring(1);
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        Optional<Format> format = path.contains("/") ? Optional.empty() : Format.parse(path);
        if (format.isEmpty()) {
            plain(resp, HttpServletResponse.SC_NOT_FOUND, "unknown export format '" + path + "': use /export/gexf, /export/graphml, "
                    + "/export/cyjs or /export/csv (?part=nodes|edges)");
            return;
        }
        Optional<CsvPart> part = CsvPart.parse(req.getParameter("part"));
        if (format.get() == Format.CSV && part.isEmpty()) {
            plain(resp, HttpServletResponse.SC_BAD_REQUEST, "unknown part '" + req.getParameter("part") + "': use ?part=nodes or ?part=edges");
            return;
        }

        CorrespondenceNetwork network = CorrespondenceNetwork.read(dataset);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String fileName;
        if (format.get() == Format.CSV) {
            GraphExport.writeCsv(network, part.get(), body);
            fileName = "archive-kg-" + part.get().fileName();
        } else {
            GraphExport.write(network, format.get(), body);
            fileName = "archive-kg." + format.get().extension();
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(format.get().mediaType());
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        resp.setContentLength(body.size());
        try (OutputStream out = resp.getOutputStream()) {
            body.writeTo(out);
        }
    }

    private static void plain(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().println(message);
    }
}
