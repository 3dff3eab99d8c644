package dev.voxpress.source;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 GET over a socket connected to a given address, so that the address a caller checked is the address
 * used: the host name goes only into the Host header and, for https, into SNI and the certificate check. One
 * deadline covers connecting, the handshake, the head and the whole body.
 */
final class HttpGet implements Closeable {
    private static final int MAX_HEAD = 64 * 1024;

    private final Socket socket;
    private final InputStream in;
    private final int status;
    private final String reason;
    private final Map<String, String> headers;

    private HttpGet(Socket socket, InputStream in, int status, String reason, Map<String, String> headers) {
        this.socket = socket;
        this.in = in;
        this.status = status;
        this.reason = reason;
        this.headers = headers;
    }

    /**
     * Connects to {@code address}, sends the request and reads the response head.
     *
     * @param uri     an absolute http or https URI; its host names the server, not where to connect
     * @param address where to connect
     * @param headers request headers besides Host, Accept-Encoding and Connection
     * @param tls     layers TLS over the connection for https
     * @param timeoutMillis the most time for the whole exchange, body included
     */
    static HttpGet open(URI uri, InetAddress address, Map<String, String> headers, SSLSocketFactory tls, long timeoutMillis)
            throws IOException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
        String host = uri.getHost();
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(address, port), (int) left(deadline));
            if (https) {
                String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
                SSLSocket secure = (SSLSocket) tls.createSocket(socket, name, port, true);
                SSLParameters parameters = secure.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                secure.setSSLParameters(parameters);
                secure.setSoTimeout((int) left(deadline));
                secure.startHandshake();
                socket = secure;
            }
            InputStream in = new DeadlineInputStream(socket, deadline);
            OutputStream out = socket.getOutputStream();
            StringBuilder request = new StringBuilder("GET ").append(target(uri)).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(host).append(uri.getPort() == -1 ? "" : ":" + port).append("\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            request.append("Accept-Encoding: gzip, deflate\r\nConnection: close\r\n\r\n");
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return readHead(socket, in);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** The path and query, encoded, that the request line names. */
    private static String target(URI uri) {
        URI ascii = URI.create(uri.toASCIIString());
        String path = ascii.getRawPath() == null || ascii.getRawPath().isEmpty() ? "/" : ascii.getRawPath();
        return ascii.getRawQuery() == null ? path : path + "?" + ascii.getRawQuery();
    }

    /** Reads the status line and headers, skipping interim (1xx) responses. */
    private static HttpGet readHead(Socket socket, InputStream in) throws IOException {
        while (true) {
            int[] budget = {MAX_HEAD};
            String statusLine = line(in, budget);
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("\\d{3}")) {
                throw new IOException("not an HTTP response: " + statusLine.substring(0, Math.min(statusLine.length(), 40)));
            }
            int status = Integer.parseInt(parts[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = line(in, budget); !line.isEmpty(); line = line(in, budget)) {
                int colon = line.indexOf(':');
                if (colon <= 0) continue;
                String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                headers.merge(name, line.substring(colon + 1).trim(), (a, b) -> a + ", " + b);
            }
            if (status >= 100 && status < 200) continue;
            return new HttpGet(socket, in, status, parts.length > 2 ? parts[2] : "", headers);
        }
    }

    /** One CRLF- or LF-ended line of a head, charged to {@code budget}. */
    private static String line(InputStream in, int[] budget) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) throw new EOFException("connection closed before the end of the response head");
            if (--budget[0] < 0) throw new IOException("response head larger than " + MAX_HEAD + " bytes");
            line.append((char) c);
        }
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }

    int status() {
        return status;
    }

    String reason() {
        return reason;
    }

    /** A response header by its name in lower case, repeated ones joined by commas; null when absent. */
    String header(String name) {
        return headers.get(name);
    }

    /**
     * Reads the body, decoded from its transfer and content codings, stopping after {@code max + 1} bytes so that
     * a caller can tell a body that is too large.
     */
    byte[] body(int max) throws IOException {
        InputStream body = in;
        String transfer = headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT);
        String length = headers.get("content-length");
        if (transfer.contains("chunked")) {
            body = new ChunkedInputStream(body);
        } else if (length != null) {
            try {
                body = new LengthInputStream(body, Long.parseLong(length.trim()));
            } catch (NumberFormatException e) {
                throw new IOException("bad Content-Length " + length);
            }
        }
        String coding = headers.getOrDefault("content-encoding", "").trim().toLowerCase(Locale.ROOT);
        if (coding.equals("gzip") || coding.equals("x-gzip")) body = new GZIPInputStream(body);
        else if (coding.equals("deflate")) body = new InflaterInputStream(body);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        for (int n; out.size() <= max && (n = body.read(buffer, 0, Math.min(buffer.length, max + 1 - out.size()))) > 0; ) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static long left(long deadline) throws SocketTimeoutException {
        long ms = (deadline - System.nanoTime()) / 1_000_000;
        if (ms <= 0) throw new SocketTimeoutException("deadline passed");
        return ms;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** The socket's input, each read limited to the time left before the deadline. */
    private static final class DeadlineInputStream extends FilterInputStream {
        private final Socket socket;
        private final long deadline;

        DeadlineInputStream(Socket socket, long deadline) throws IOException {
            super(socket.getInputStream());
            this.socket = socket;
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            socket.setSoTimeout((int) left(deadline));
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            socket.setSoTimeout((int) left(deadline));
            return in.read(b, off, len);
        }
    }

    /** A body of a known length; ending early is an error. */
    private static final class LengthInputStream extends FilterInputStream {
        private long left;

        LengthInputStream(InputStream in, long length) {
            super(in);
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) return -1;
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) throw new EOFException("connection closed with " + left + " bytes of the body unread");
            left -= n;
            return n;
        }
    }

    /** A body in the chunked transfer coding; trailers are skipped. */
    private static final class ChunkedInputStream extends FilterInputStream {
        private long left;
        private boolean done;

        ChunkedInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) return -1;
            if (left == 0) {
                int[] budget = {MAX_HEAD};
                String size = line(in, budget).replaceAll(";.*", "").trim();
                try {
                    left = Long.parseLong(size, 16);
                } catch (NumberFormatException e) {
                    throw new IOException("bad chunk size " + size);
                }
                if (left < 0) throw new IOException("bad chunk size " + size);
                if (left == 0) {
                    while (!line(in, budget).isEmpty()) {
                        continue;
                    }
                    done = true;
                    return -1;
                }
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) throw new EOFException("connection closed inside a chunk");
            left -= n;
            if (left == 0) line(in, new int[] {2});
            return n;
        }
    }
}
