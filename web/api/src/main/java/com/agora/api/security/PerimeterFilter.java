package com.agora.api.security;

import com.agora.api.problem.Problem;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.OutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API's outer edge: security headers on every answer, and a limit on the size of a request body
 * ({@code agora.api.max-body-bytes}), so a client cannot make the server buffer megabytes of JSON. A declared
 * length over the limit is refused before anything is read; a chunked body is cut off when it passes the limit.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class PerimeterFilter extends HttpFilter {

    /** Up to this many times the limit, a refused body is read and discarded before the answer. */
    private static final long DRAINED_EXCESS = 16;

    @Inject
    @ConfigProperty(name = "agora.api.max-body-bytes", defaultValue = "1048576")
    long maxBodyBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        // JSON is never a page: nothing in it may load, run or be framed.
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        // The errors the container answers itself pass here on their way to the error page, some without a REQUEST
        // pass before (a path under WEB-INF): they get the headers; the body limit is the request's business.
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter(request, response);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBodyBytes) {
            // Most clients read the answer only once they have sent their body, so a body of modest excess is read
            // and thrown away (never kept) before the 413; a huge one is not worth the bandwidth: the connection
            // closes after the answer instead.
            if (declared <= maxBodyBytes * DRAINED_EXCESS) {
                request.getInputStream().transferTo(OutputStream.nullOutputStream());
            } else {
                response.setHeader("Connection", "close");
            }
            tooLarge(response);
            return;
        }
        chain.doFilter(new LimitedRequest(request, maxBodyBytes), response);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        new Problem("about:blank", "Content Too Large", 413, bodyLimitDetail(maxBodyBytes), null, null)
                .writeTo(response);
    }

    static String bodyLimitDetail(long limit) {
        return "The request body is larger than " + limit + " bytes";
    }

    /** Counts what the application reads; past the limit the read fails as a 413 the exception mappers answer. */
    static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream limited;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedStream(super.getInputStream(), limit);
            }
            return limited;
        }
    }

    static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new WebApplicationException(bodyLimitDetail(limit), Response.status(413).build());
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
