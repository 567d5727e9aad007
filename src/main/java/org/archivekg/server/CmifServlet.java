package org.archivekg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Dataset;
import org.archivekg.export.CmifWriter;

/** {@code /export/cmif}: the letters as CMIF (TEI correspDesc), the file correspSearch harvests. */
public final class CmifServlet extends HttpServlet {

    private final transient Dataset dataset;

    public CmifServlet(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        CmifWriter.write(dataset, "Archive KG", req.getRequestURL().toString(), body);
        resp.setContentType(CmifWriter.MEDIA_TYPE);
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + CmifWriter.FILE_NAME + "\"");
        resp.setContentLength(body.size());
        body.writeTo(resp.getOutputStream());
    }
}
