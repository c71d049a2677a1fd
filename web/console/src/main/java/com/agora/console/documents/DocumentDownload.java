package com.agora.console.documents;

import com.agora.console.faces.Feedback;
import com.agora.console.security.SignedInUser;
import com.agora.documentgeneration.boundary.DocumentQueries;
import com.agora.documentgeneration.boundary.DocumentViews.DocumentFile;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * An order's invoice, shipping label or packing slip as a file, for the download links of the order page
 * ({@code /documents/<id>}). The Document agent decides who may read it; anybody else is told it does not exist.
 */
@WebServlet("/documents/*")
public class DocumentDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentQueries documents;

    @Inject
    SignedInUser signedIn;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DocumentFile file;
        try {
            file = documents.download(signedIn.caller(), id);
        } catch (RuntimeException e) {
            if (Feedback.refusalIn(e).isPresent()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        response.setContentType(file.contentType());
        response.setContentLength(file.content().length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName().replace("\"", "") + "\"");
        response.getOutputStream().write(file.content());
    }
}
