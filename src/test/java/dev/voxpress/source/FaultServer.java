package dev.voxpress.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A misbehaving HTTP server on 127.0.0.1, over a raw {@link ServerSocket} so that it can do what no well-behaved
 * server library would: stall, reset, trickle, or stream an endless body. Each path maps to a {@link Fault}.
 */
final class FaultServer implements AutoCloseable {
    /** What the server does with one connection, once it has read the request head. */
    interface Fault {
        void answer(Socket socket, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket listener;
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    /** Bytes written to clients so far: what a client that stops reading in time keeps small. */
    final AtomicLong bytesSent = new AtomicLong();

    FaultServer() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "fault-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    FaultServer on(String path, Fault fault) {
        faults.put(path, fault);
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + listener.getLocalPort() + path;
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                Thread handler = new Thread(() -> handle(socket), "fault-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void handle(Socket socket) {
        try (socket) {
            String path = requestPath(socket.getInputStream());
            Fault fault = path == null ? null : faults.get(path.replaceAll("\\?.*", ""));
            OutputStream out = new CountingOutputStream(socket.getOutputStream());
            if (fault == null) {
                out.write(head(404, "text/plain", 0).getBytes(StandardCharsets.US_ASCII));
            } else {
                fault.answer(socket, out);
            }
            out.flush();
        } catch (IOException | InterruptedException e) {
            // The client gave up or the server is closing: what these faults are for.
        }
    }

    /** Reads the request head; returns the path, or null when the client closed first. */
    private static String requestPath(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            head.append((char) c);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) break;
            if (head.length() > 65536) return null;
        }
        String[] first = head.toString().split("\r\n", 2)[0].split(" ");
        return first.length >= 2 ? first[1] : null;
    }

    /** A response head; {@code length} < 0 means no Content-Length (the body runs until the connection closes). */
    static String head(int status, String type, long length, String... extra) {
        StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\nConnection: close\r\n");
        if (length >= 0) head.append("Content-Length: ").append(length).append("\r\n");
        for (String header : extra) head.append(header).append("\r\n");
        return head.append("\r\n").toString();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }

    private final class CountingOutputStream extends java.io.FilterOutputStream {
        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            bytesSent.addAndGet(len);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            bytesSent.incrementAndGet();
        }
    }
}
