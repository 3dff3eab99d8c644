package dev.voxpress.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each request connects to the address its host was looked up at, once: a name that answers a public address to the
 * check and loopback to the connection (DNS rebinding) never reaches a loopback server, whose accepted connections
 * are counted; https still checks the certificate against the host name.
 */
class SourcePinningTest {
    private static final byte[] PAGE = "<html><body><p>A page of words.</p></body></html>".getBytes(StandardCharsets.UTF_8);
    private static final InetAddress PUBLIC = address(203, 0, 113, 7);
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private CountingServer server;

    @AfterEach
    void stop() throws IOException {
        if (server != null) server.close();
    }

    private static InetAddress address(int a, int b, int c, int d) {
        try {
            return InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A resolver that gives {@code answers} in turn, one per lookup, the last one from then on, and logs the names. */
    private static final class Rebinding implements SourceLoader.Resolver {
        final List<String> lookups = new CopyOnWriteArrayList<>();
        private final InetAddress[] answers;

        Rebinding(InetAddress... answers) {
            this.answers = answers;
        }

        @Override
        public InetAddress[] resolve(String host) {
            lookups.add(host);
            return new InetAddress[] {answers[Math.min(lookups.size(), answers.length) - 1]};
        }
    }

    private static SourceLoader loader(SourceLoader.Resolver resolver, SSLContext tls) {
        return new SourceLoader(1 << 20, Duration.ofMillis(1500), InputStream.nullInputStream(), resolver, tls);
    }

    private static SSLContext defaultTls() throws Exception {
        return SSLContext.getDefault();
    }

    private static void assertOneLine(String url, SourceException e) {
        assertTrue(e.getMessage().startsWith(url + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void publicAnswerToTheCheckThenLoopbackNeverReachesLoopback() throws Exception {
        server = new CountingServer(new ServerSocket(0, 50, LOOPBACK), request -> ok());
        Rebinding resolver = new Rebinding(PUBLIC, LOOPBACK);
        SourceLoader strict = loader(resolver, defaultTls()).publicAddressesOnly();
        String url = "http://rebind.test:" + server.port() + "/article";
        assertOneLine(url, assertThrows(SourceException.class, () -> strict.load(url)));
        assertOneLine(url, assertThrows(SourceException.class, () -> strict.fetchImage(url)));
        assertEquals(List.of("rebind.test", "rebind.test"), resolver.lookups, "one lookup per request");
        assertEquals(0, server.accepted.get(), "connections that reached loopback");
    }

    @Test
    void loopbackAnswerToTheCheckIsRefusedWhateverComesNext() throws Exception {
        server = new CountingServer(new ServerSocket(0, 50, LOOPBACK), request -> ok());
        Rebinding resolver = new Rebinding(LOOPBACK, PUBLIC);
        SourceLoader strict = loader(resolver, defaultTls()).publicAddressesOnly();
        String url = "http://rebind.test:" + server.port() + "/article";
        SourceException e = assertThrows(SourceException.class, () -> strict.load(url));
        assertEquals(url + ": refused: rebind.test is a private or loopback address", e.getMessage());
        assertEquals(List.of("rebind.test"), resolver.lookups);
        assertEquals(0, server.accepted.get(), "connections that reached loopback");
    }

    @Test
    void everyRedirectHopConnectsWhereItsHostWasLookedUp() throws Exception {
        server = new CountingServer(new ServerSocket(0, 50, LOOPBACK), request -> request.startsWith("GET /hop ")
                ? "HTTP/1.1 302 Found\r\nLocation: http://second.test:" + portOf(request) + "/article\r\nContent-Length: 0\r\n\r\n"
                : ok());
        Rebinding resolver = new Rebinding(LOOPBACK);
        String url = "http://first.test:" + server.port() + "/hop";
        LoadedSource source = loader(resolver, defaultTls()).load(url);
        assertEquals(MediaType.HTML, source.type());
        assertEquals("http://second.test:" + server.port() + "/article", source.location());
        assertEquals(List.of("first.test", "second.test"), resolver.lookups);
        assertEquals(List.of("first.test:" + server.port(), "second.test:" + server.port()), server.hosts);
    }

    @Test
    void withoutPublicOnlyLoopbackWorksAsBefore() throws IOException {
        server = new CountingServer(new ServerSocket(0, 50, LOOPBACK), request -> ok());
        SourceLoader plain = new SourceLoader(1 << 20, Duration.ofSeconds(5), InputStream.nullInputStream());
        assertEquals(MediaType.HTML, plain.load("http://127.0.0.1:" + server.port() + "/article").type());
        assertEquals(MediaType.HTML, plain.load("http://localhost:" + server.port() + "/article").type());
        assertEquals(2, server.accepted.get());
    }

    @Test
    void httpsVerifiesTheCertificateAgainstTheNameWhileConnectingToTheCheckedAddress(@TempDir Path dir) throws Exception {
        SSLContext tls = selfSigned(dir, "article.test");
        List<String> serverNames = new CopyOnWriteArrayList<>();
        ServerSocket listener = tls.getServerSocketFactory().createServerSocket(0, 50, LOOPBACK);
        server = new CountingServer(listener, request -> ok()) {
            @Override
            void requested(Socket socket) {
                ((ExtendedSSLSession) ((SSLSocket) socket).getSession()).getRequestedServerNames()
                        .forEach(name -> serverNames.add(((SNIHostName) name).getAsciiName()));
            }
        };
        Rebinding resolver = new Rebinding(LOOPBACK);
        SourceLoader loader = loader(resolver, tls);
        String good = "https://article.test:" + server.port() + "/article";
        assertEquals(MediaType.HTML, loader.load(good).type());
        assertEquals(List.of("article.test"), serverNames, "SNI names the host");
        assertEquals(List.of("article.test:" + server.port()), server.hosts);

        String wrong = "https://other.test:" + server.port() + "/article";
        SourceException e = assertThrows(SourceException.class, () -> loader.load(wrong));
        assertOneLine(wrong, e);
        assertTrue(e.getMessage().contains("other.test"), e.getMessage());
        assertEquals(1, server.hosts.size(), "no request sent over a connection whose certificate names another host");
    }

    /** A key store with one self-signed certificate for {@code host}, made by keytool; trusted by the context too. */
    private static SSLContext selfSigned(Path dir, String host) throws Exception {
        Path store = dir.resolve("keys.p12");
        char[] password = "changeit".toCharArray();
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "site", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + host,
                "-ext", "san=dns:" + host, "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0, output);
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = java.nio.file.Files.newInputStream(store)) {
            keys.load(in, password);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, password);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    private static String ok() {
        return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + PAGE.length
                + "\r\nConnection: close\r\n\r\n" + new String(PAGE, StandardCharsets.UTF_8);
    }

    private static String portOf(String request) {
        return request.replaceAll("(?s).*\r\nHost: [^:\r]*:(\\d+)\r\n.*", "$1");
    }

    /** A one-page server that counts the connections it accepts and logs each request's Host header. */
    private static class CountingServer implements AutoCloseable {
        final AtomicInteger accepted = new AtomicInteger();
        final List<String> hosts = new CopyOnWriteArrayList<>();
        private final ServerSocket listener;
        private final Function<String, String> answer;

        CountingServer(ServerSocket listener, Function<String, String> answer) {
            this.listener = listener;
            this.answer = answer;
            Thread acceptor = new Thread(this::acceptLoop, "counting-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return listener.getLocalPort();
        }

        /** Called once the first byte of a request has arrived, after any TLS handshake. */
        void requested(Socket socket) {
        }

        private void acceptLoop() {
            while (!listener.isClosed()) {
                try (Socket socket = listener.accept()) {
                    accepted.incrementAndGet();
                    String request = head(socket.getInputStream());
                    requested(socket);
                    hosts.add(request.replaceAll("(?s).*\r\nHost: ([^\r]*)\r\n.*", "$1"));
                    OutputStream out = socket.getOutputStream();
                    out.write(answer.apply(request).getBytes(StandardCharsets.UTF_8));
                    out.flush();
                } catch (IOException e) {
                    // A client that refused the certificate, or the server closing.
                }
            }
        }

        private static String head(InputStream in) throws IOException {
            StringBuilder head = new StringBuilder();
            for (int c; !head.toString().endsWith("\r\n\r\n") && (c = in.read()) >= 0; ) head.append((char) c);
            if (!head.toString().endsWith("\r\n\r\n")) throw new IOException("no request");
            return head.toString();
        }

        @Override
        public void close() throws IOException {
            listener.close();
        }
    }
}
