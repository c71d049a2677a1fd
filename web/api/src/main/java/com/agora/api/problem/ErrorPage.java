package com.agora.api.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * The API's error page (WEB-INF/web.xml): whatever the web container answers on its own inside /api, beside JAX-RS
 * (no servlet at the path, such as {@code /api/v2/...} or {@code /api/WEB-INF/web.xml}; a failure outside a resource),
 * becomes a problem document like every other error of the API, instead of Payara's HTML page that names the server
 * and its version. Requests Payara refuses before it chooses a web application never get here: README, "Perimeter".
 */
@WebServlet("/problem")
public class ErrorPage extends HttpServlet {

    /** Every method: the error dispatch keeps the method of the request that failed. */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (failure != null) {
            Incidents.report(failure).writeTo(response);
        } else if (status instanceof Integer code && code >= 400) {
            statusOnly(code).writeTo(response);
        } else {
            // Asked for by its own path: there is no resource here.
            statusOnly(404).writeTo(response);
        }
    }

    private static Problem statusOnly(int code) {
        Response.Status known = Response.Status.fromStatusCode(code);
        return new Problem("about:blank", known == null ? "Error" : known.getReasonPhrase(), code, null, null, null);
    }
}
