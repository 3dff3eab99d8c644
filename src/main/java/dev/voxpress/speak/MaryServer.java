package dev.voxpress.speak;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.http.impl.DefaultConnectionReuseStrategy;
import org.apache.http.impl.DefaultHttpResponseFactory;
import org.apache.http.impl.nio.DefaultServerIOEventDispatch;
import org.apache.http.impl.nio.reactor.DefaultListeningIOReactor;
import org.apache.http.nio.protocol.BufferingHttpServiceHandler;
import org.apache.http.nio.reactor.ListenerEndpoint;
import org.apache.http.params.BasicHttpParams;
import org.apache.http.params.CoreConnectionPNames;
import org.apache.http.params.CoreProtocolPNames;
import org.apache.http.params.HttpParams;
import org.apache.http.protocol.BasicHttpProcessor;
import org.apache.http.protocol.HttpRequestHandlerRegistry;
import org.apache.http.protocol.ResponseConnControl;
import org.apache.http.protocol.ResponseContent;
import org.apache.http.protocol.ResponseDate;
import org.apache.http.protocol.ResponseServer;

import marytts.server.MaryProperties;
import marytts.server.http.FileRequestHandler;
import marytts.server.http.InfoRequestHandler;
import marytts.server.http.SynthesisRequestHandler;
import marytts.util.MaryRuntimeUtils;

/**
 * A MaryTTS HTTP server running in this JVM: MaryTTS's own request handlers ({@code /process}, {@code /voices},
 * {@code /version} and the rest of its HTTP API, web page included), listening on one address.
 *
 * <p>MaryTTS's server main class, {@code marytts.server.Mary}, always listens on every network interface (its
 * {@code MaryHttpServer} binds {@code new InetSocketAddress(port)}, and no property names an address). This class
 * does what that main class does, {@code Mary.startup()} and then the same handlers on the same HTTP stack
 * (HttpCore NIO, as configured by MaryTTS), but binds the socket to the requested address, so that a server meant
 * for this machine is not exposed to the network.
 *
 * <p>MaryTTS itself is loaded once per JVM and stays loaded after {@link #close()}, which only stops listening.
 */
public final class MaryServer implements AutoCloseable {
    /** MaryTTS's usual port. */
    public static final int DEFAULT_PORT = 59125;

    private static final AtomicInteger SERVERS = new AtomicInteger();

    private final DefaultListeningIOReactor reactor;
    private final Thread thread;
    private final String host;
    private final int port;

    private MaryServer(DefaultListeningIOReactor reactor, Thread thread, String host, int port) {
        this.reactor = reactor;
        this.thread = thread;
        this.host = host;
        this.port = port;
    }

    /**
     * Loads MaryTTS (a few seconds the first time) and listens; returns once the socket is bound.
     *
     * @param host the address to listen on: {@code 127.0.0.1} for this machine only, {@code 0.0.0.0} for every
     *             interface
     * @param port the port, 0 for any free one
     * @throws EngineException when MaryTTS cannot start or the address cannot be bound
     */
    public static MaryServer start(String host, int port) {
        startMary();
        HttpParams params = httpParams();
        int id = SERVERS.incrementAndGet();
        DefaultListeningIOReactor reactor;
        try {
            reactor = new DefaultListeningIOReactor(MaryProperties.getInteger("server.http.parallelthreads", 5),
                    daemonThreads("mary-http-" + id + "-"), params);
        } catch (IOException e) {
            throw new EngineException("cannot start the MaryTTS server: " + e.getMessage(), e);
        }
        ListenerEndpoint endpoint = reactor.listen(new InetSocketAddress(host, port));
        DefaultServerIOEventDispatch dispatch = new DefaultServerIOEventDispatch(serviceHandler(params), params);
        Thread thread = new Thread(() -> {
            try {
                reactor.execute(dispatch);
            } catch (InterruptedIOException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // The reactor stopped; the endpoint reports a failed bind, and close() is the normal way out.
            }
        }, "mary-server-" + id);
        thread.setDaemon(true);
        thread.start();
        try {
            endpoint.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shutdown(reactor);
            throw new EngineException("interrupted while starting the MaryTTS server");
        }
        if (endpoint.getException() != null || endpoint.getAddress() == null) {
            shutdown(reactor);
            String reason = endpoint.getException() == null ? "not bound" : endpoint.getException().getMessage();
            throw new EngineException("the MaryTTS server cannot listen on " + host + ":" + port + ": " + reason);
        }
        return new MaryServer(reactor, thread, host, ((InetSocketAddress) endpoint.getAddress()).getPort());
    }

    private static void startMary() {
        MaryEngine.quietLogging();
        try {
            MaryRuntimeUtils.ensureMaryStarted();
        } catch (Exception e) {
            throw new EngineException("MaryTTS cannot start: " + e.getMessage(), e);
        }
        MaryModules.startAll(); // an engine in this JVM may have started MaryTTS with its modules offline
    }

    /** The connection settings of MaryTTS's own HTTP server. */
    private static HttpParams httpParams() {
        HttpParams params = new BasicHttpParams();
        params.setIntParameter(CoreConnectionPNames.SO_TIMEOUT, 0)
                .setIntParameter(CoreConnectionPNames.SOCKET_BUFFER_SIZE, 8 * 1024)
                .setBooleanParameter(CoreConnectionPNames.STALE_CONNECTION_CHECK, false)
                .setBooleanParameter(CoreConnectionPNames.TCP_NODELAY, true)
                .setParameter(CoreProtocolPNames.ORIGIN_SERVER, "HttpComponents/1.1");
        return params;
    }

    /** MaryTTS's handlers on the paths where {@code marytts.server.http.MaryHttpServer} registers them. */
    private static BufferingHttpServiceHandler serviceHandler(HttpParams params) {
        BasicHttpProcessor processor = new BasicHttpProcessor();
        processor.addInterceptor(new ResponseDate());
        processor.addInterceptor(new ResponseServer());
        processor.addInterceptor(new ResponseContent());
        processor.addInterceptor(new ResponseConnControl());
        BufferingHttpServiceHandler handler = new BufferingHttpServiceHandler(processor,
                new DefaultHttpResponseFactory(), new DefaultConnectionReuseStrategy(), params);
        HttpRequestHandlerRegistry registry = new HttpRequestHandlerRegistry();
        registry.register("/process", new SynthesisRequestHandler());
        InfoRequestHandler info = new InfoRequestHandler();
        for (String path : new String[] {"/version", "/datatypes", "/locales", "/voices", "/audioformats",
                "/exampletext", "/audioeffects", "/audioeffect-default-param", "/audioeffect-full",
                "/audioeffect-help", "/audioeffect-is-hmm-effect", "/features", "/features-discrete",
                "/vocalizations", "/styles"}) {
            registry.register(path, info);
        }
        registry.register("*", new FileRequestHandler());
        handler.setHandlerResolver(registry);
        return handler;
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The port it listens on. */
    public int port() {
        return port;
    }

    /** Its base URL, such as {@code http://127.0.0.1:59125/}; a wildcard host is given as loopback. */
    public URI uri() {
        String address = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]") ? "127.0.0.1" : host;
        if (address.contains(":") && !address.startsWith("[")) address = "[" + address + "]";
        return URI.create("http://" + address + ":" + port + "/");
    }

    /** Waits until the server stops. */
    public void join() throws InterruptedException {
        thread.join();
    }

    /** Stops listening; requests in progress get a second to finish. */
    @Override
    public void close() {
        shutdown(reactor);
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void shutdown(DefaultListeningIOReactor reactor) {
        try {
            reactor.shutdown(1000);
        } catch (IOException e) {
            // Shutting down: nothing left to do about a socket that does not close cleanly.
        }
    }
}
