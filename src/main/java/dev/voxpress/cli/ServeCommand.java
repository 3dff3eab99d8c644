package dev.voxpress.cli;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import dev.voxpress.VoxpressException;
import dev.voxpress.publish.site.FeedIndex;
import dev.voxpress.serve.FeedServer;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a feed folder over HTTP for podcast apps and browsers, until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--feed", paramLabel = "DIR", defaultValue = "feed",
            description = "The feed folder (default: ${DEFAULT-VALUE}).")
    Path feed;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}); 0.0.0.0 for every interface, so that "
                    + "phones on the same network can subscribe.")
    String host;

    @Override
    public Integer call() throws InterruptedException {
        FeedServer server = new FeedServer(feed, host, port).start();
        System.out.println(server.uri());
        System.out.flush();
        Log.info("serving " + feed + " at " + server.uri() + " (Ctrl-C to stop)");
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            for (String address : lanAddresses()) {
                Log.info("on this network: http://" + address + ":" + server.port() + "/");
            }
        }
        if (Files.isRegularFile(feed.resolve("feed.xml"))) {
            try {
                String base = FeedIndex.read(feed).baseUrl();
                if (!base.equals(server.uri().toString())) {
                    Log.info("note: feed.xml says the feed lives at " + base + "; podcast apps fetch the audio from there");
                }
            } catch (VoxpressException e) {
                Log.info("warning: " + e.getMessage());
            }
        } else {
            Log.info("note: " + feed + " has no feed.xml yet; run voxpress publish");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> Log.info("stopped"), "voxpress-serve-stopped"));
        server.join();
        return 0;
    }

    /** This machine's IPv4 addresses other than loopback: where phones on the same network find the server. */
    static List<String> lanAddresses() {
        List<String> addresses = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) continue;
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                        addresses.add(address.getHostAddress());
                    }
                }
            }
        } catch (SocketException e) {
            // No list, no hint.
        }
        return addresses;
    }
}
