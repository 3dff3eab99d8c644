package dev.voxpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.Patience;

/**
 * The systemd units and nginx configurations of docs/examples: their voxpress command lines parse, the units pass
 * {@code systemd-analyze verify} and the nginx files {@code nginx -t}, with the installation's paths pointed into
 * a temporary folder.
 */
class ServiceExamplesTest {
    private static final Path EXAMPLES = Path.of("docs/examples");
    private static final String LAUNCHER = "/opt/voxpress/bin/voxpress";
    private static final List<String> UNITS = List.of("voxpress-serve.service", "voxpress-publish.service",
            "voxpress-publish.timer", "voxpress-mary@.service");

    @TempDir
    Path dir;

    private record Result(int exit, String err) {
    }

    private Result run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile()).start();
        assertTrue(Patience.ends(process), String.join(" ", command) + " did not finish");
        return new Result(process.exitValue(), Files.readString(dir.resolve("err")));
    }

    @Test
    void unitsRunVoxpressCommandsThatParse() throws Exception {
        for (String unit : UNITS) {
            for (String line : Files.readAllLines(EXAMPLES.resolve(unit))) {
                if (!line.startsWith("ExecStart=")) continue;
                List<String> words = Arrays.asList(line.substring("ExecStart=".length()).replace("%i", "59125").split(" +"));
                assertEquals(LAUNCHER, words.get(0), unit);
                Main.newCommandLine().parseArgs(words.subList(1, words.size()).toArray(String[]::new));
            }
        }
    }

    @Test
    void servicesAreConfined() throws Exception {
        for (String unit : List.of("voxpress-serve.service", "voxpress-publish.service", "voxpress-mary@.service")) {
            String text = Files.readString(EXAMPLES.resolve(unit));
            for (String directive : List.of("User=voxpress", "NoNewPrivileges=yes", "ProtectSystem=strict", "PrivateTmp=yes",
                    "ProtectHome=yes", "CapabilityBoundingSet=\n")) {
                assertTrue(text.contains(directive), unit + " lacks " + directive.strip());
            }
        }
        for (String writer : List.of("voxpress-serve.service", "voxpress-publish.service")) {
            assertTrue(Files.readString(EXAMPLES.resolve(writer)).contains("ReadWritePaths=/srv/voxpress/feed\n"), writer);
        }
    }

    @Test
    void unitsPassSystemdAnalyzeVerify() throws Exception {
        assumeTrue(new File("/usr/bin/systemd-analyze").canExecute(), "systemd-analyze is not installed (Debian package systemd)");
        Path launcher = dir.resolve("voxpress");
        Files.writeString(launcher, "#!/bin/sh\n");
        assertTrue(launcher.toFile().setExecutable(true));
        List<String> command = new ArrayList<>(List.of("/usr/bin/systemd-analyze", "verify", "--man=no"));
        for (String unit : UNITS) {
            String copy = unit.replace("@.", "@59125.");
            Files.writeString(dir.resolve(copy), Files.readString(EXAMPLES.resolve(unit)).replace(LAUNCHER, launcher.toString()));
            command.add(dir.resolve(copy).toString());
        }
        Result verify = run(command.toArray(String[]::new));
        assertEquals("", verify.err());
        assertEquals(0, verify.exit());
    }

    @Test
    void nginxConfigurationsPassNginxT() throws Exception {
        assumeTrue(new File("/usr/sbin/nginx").canExecute(), "nginx is not installed (Debian package nginx-light)");
        assumeTrue(new File("/usr/bin/openssl").canExecute(), "openssl is not installed (Debian package openssl)");
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        Result openssl = run("/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=pods.example.org",
                "-days", "2", "-keyout", key.toString(), "-out", cert.toString());
        assertEquals(0, openssl.exit(), openssl.err());
        Path feed = Files.createDirectories(dir.resolve("feed"));
        for (String site : List.of("nginx-proxy.conf", "nginx-static.conf")) {
            Path copy = dir.resolve(site);
            Files.writeString(copy, Files.readString(EXAMPLES.resolve(site))
                    .replace("/etc/letsencrypt/live/pods.example.org/fullchain.pem", cert.toString())
                    .replace("/etc/letsencrypt/live/pods.example.org/privkey.pem", key.toString())
                    .replace("/srv/voxpress/feed", feed.toString()));
            Path main = dir.resolve("main-" + site);
            Files.writeString(main, "pid " + dir.resolve("nginx.pid") + ";\nerror_log " + dir.resolve("error.log") + ";\n"
                    + "events {}\nhttp {\n  access_log off;\n  include " + copy + ";\n}\n");
            Result nginx = run("/usr/sbin/nginx", "-t", "-q", "-e", dir.resolve("error.log").toString(), "-p", dir.toString(),
                    "-c", main.toString());
            assertEquals("", nginx.err(), site);
            assertEquals(0, nginx.exit(), site);
        }
    }
}
