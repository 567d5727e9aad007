package org.archivekg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Pages and static files shipped in the jar: the landing page {@code /}, the query editor {@code /query/}
 * (YASGUI, from its WebJar, with our endpoint and prefixes set), and the WebJars' files under {@code /webjars/}.
 */
public final class StaticPagesServlet extends HttpServlet {

    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript", "css", "text/css", "html", "text/html", "map", "application/json", "svg", "image/svg+xml",
            "png", "image/png", "json", "application/json", "woff2", "font/woff2", "woff", "font/woff");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String resource;
        if (path.equals("/") || path.equals("/index.html")) resource = "/web/index.html";
        else if (path.equals("/query") ) {
            resp.sendRedirect(req.getContextPath() + "/query/");
            return;
        } else if (path.equals("/query/") || path.equals("/query/index.html")) resource = "/web/query.html";
        else if (path.startsWith("/webjars/") && !path.contains("..")) resource = "/META-INF/resources" + path;
        else if (path.startsWith("/web/") && !path.contains("..")) resource = path;
        else {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = StaticPagesServlet.class.getResourceAsStream(resource)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String ext = resource.substring(resource.lastIndexOf('.') + 1);
            resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
            if (ext.equals("html") || ext.equals("js") || ext.equals("css")) resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
            if (path.startsWith("/webjars/")) resp.setHeader("Cache-Control", "max-age=86400");
            try (OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }
}
