package dev.voxpress.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import dev.voxpress.speak.MaryServer;

@Command(name = "mary-server", mixinStandardHelpOptions = true,
        description = "Run a MaryTTS HTTP server with the voices on the class path, until Ctrl-C. Prints its URL "
                + "once it is ready.")
final class MaryServerCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", defaultValue = "" + MaryServer.DEFAULT_PORT,
            description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}, MaryTTS's usual).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only); 0.0.0.0 for every "
                    + "interface, so that other machines can use it.")
    String host;

    @Override
    public Integer call() throws InterruptedException {
        MaryServer server = MaryServer.start(host, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            Log.info("MaryTTS server stopped");
        }, "voxpress-mary-server-stop"));
        System.out.println(server.uri());
        System.out.flush();
        Log.info("MaryTTS server at " + server.uri() + " (Ctrl-C to stop)");
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            for (String address : ServeCommand.lanAddresses()) {
                Log.info("on this network: http://" + address + ":" + server.port() + "/");
            }
        }
        server.join();
        return 0;
    }
}
