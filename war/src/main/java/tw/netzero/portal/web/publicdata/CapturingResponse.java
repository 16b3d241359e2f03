package tw.netzero.portal.web.publicdata;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Passes a response through unchanged while keeping a copy of what the application set: status,
 * headers and body (up to a limit). Anything that makes the response personal or unusual — a cookie,
 * an error, a redirect, a body over the limit — marks the copy as not storable.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final int maxBytes;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private boolean storable = true;
    private ServletOutputStream stream;
    private PrintWriter writer;

    CapturingResponse(HttpServletResponse response, int maxBytes) {
        super(response);
        this.maxBytes = maxBytes;
    }

    boolean storable() {
        if (writer != null) {
            writer.flush();
        }
        return storable && getStatus() == SC_OK;
    }

    byte[] body() {
        return copy.toByteArray();
    }

    List<Map.Entry<String, String>> headers() {
        return List.copyOf(headers);
    }

    @Override
    public void setHeader(String name, String value) {
        headers.removeIf(header -> header.getKey().equalsIgnoreCase(name));
        record(name, value);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        record(name, value);
        super.addHeader(name, value);
    }

    @Override
    public void setDateHeader(String name, long date) {
        storable = false; // dates are per response; nothing stored sets one
        super.setDateHeader(name, date);
    }

    @Override
    public void addDateHeader(String name, long date) {
        storable = false;
        super.addDateHeader(name, date);
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, Integer.toString(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        addHeader(name, Integer.toString(value));
    }

    private void record(String name, String value) {
        if (name.equalsIgnoreCase("Set-Cookie") || name.equalsIgnoreCase("Content-Length")) {
            storable &= !name.equalsIgnoreCase("Set-Cookie");
            return;
        }
        if (name.equalsIgnoreCase("Content-Type")) {
            return; // kept as the content type
        }
        headers.add(Map.entry(name, value));
    }

    @Override
    public void addCookie(Cookie cookie) {
        storable = false;
        super.addCookie(cookie);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        storable = false;
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        storable = false;
        super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        storable = false;
        super.sendRedirect(location);
    }

    @Override
    public void reset() {
        storable = false; // the copy would no longer match what the client gets
        super.reset();
    }

    @Override
    public void resetBuffer() {
        storable = false;
        super.resetBuffer();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new TeeStream(super.getOutputStream());
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        super.flushBuffer();
    }

    private void keep(byte[] bytes, int offset, int length) {
        if (copy.size() + length > maxBytes) {
            storable = false;
        } else if (storable) {
            copy.write(bytes, offset, length);
        }
    }

    /** Writes to the client and into the copy. */
    private final class TeeStream extends ServletOutputStream {

        private final ServletOutputStream target;

        TeeStream(ServletOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
            keep(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            target.write(bytes, offset, length);
            keep(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }

        @Override
        public boolean isReady() {
            return target.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            target.setWriteListener(listener);
        }
    }
}
