package org.archivekg.server;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * A result-size limit on the public endpoint: a SELECT, CONSTRUCT or DESCRIBE without a LIMIT, or with a larger
 * one, is answered with at most {@code max} results (the response says so in {@code Archive-KG-Result-Limit}).
 * Fuseki has no such limit of its own; the query is rewritten before Fuseki sees it, in either of SPARQL's ways of
 * sending a query (the {@code query} parameter, or an {@code application/sparql-query} body).
 */
final class ResultLimitFilter implements Filter {

    static final String HEADER = "Archive-KG-Result-Limit";

    private final long max;

    ResultLimitFilter(long max) {
        this.max = max;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase();
        if ("POST".equals(req.getMethod()) && type.startsWith("application/sparql-query")) {
            String body = new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String limited = limit(body);
            if (!limited.equals(body)) ((HttpServletResponse) response).setHeader(HEADER, Long.toString(max));
            chain.doFilter(new BodyRequest(req, limited.getBytes(StandardCharsets.UTF_8)), response);
            return;
        }
        String query = req.getParameter("query");
        if (query == null) {
            chain.doFilter(request, response);
            return;
        }
        String limited = limit(query);
        if (limited.equals(query)) {
            chain.doFilter(request, response);
            return;
        }
        ((HttpServletResponse) response).setHeader(HEADER, Long.toString(max));
        chain.doFilter(new QueryParameterRequest(req, limited), response);
    }

    /** The query with its LIMIT capped at {@code max}; unchanged when it needs no cap or does not parse. */
    String limit(String text) {
        try {
            Query q = QueryFactory.create(text);
            if (q.isAskType() || q.isJsonType()) return text;
            if (q.hasLimit() && q.getLimit() <= max) return text;
            q.setLimit(max);
            return q.serialize();
        } catch (QueryParseException e) {
            return text; // Fuseki reports the syntax error
        }
    }

    /** The request with another value of its {@code query} parameter. */
    private static final class QueryParameterRequest extends HttpServletRequestWrapper {
        private final Map<String, String[]> parameters;

        QueryParameterRequest(HttpServletRequest req, String query) {
            super(req);
            Map<String, String[]> p = new HashMap<>(req.getParameterMap());
            p.put("query", new String[] {query});
            this.parameters = Collections.unmodifiableMap(p);
        }

        @Override
        public String getParameter(String name) {
            String[] v = parameters.get(name);
            return v == null || v.length == 0 ? null : v[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }
    }

    /** The request with another body. */
    private static final class BodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        BodyRequest(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
