package dev.voxpress.serve.ondemand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;

import dev.voxpress.VoxpressException;

/**
 * The API's bearer token, read from a file or from the environment variable {@value #ENV}, never from the command
 * line (which other users of the machine can see) and never logged. Compared in constant time.
 */
public final class ApiToken {
    /** The environment variable that may hold the token. */
    public static final String ENV = "VOXPRESS_API_TOKEN";
    /** The shortest token accepted: guessing one must be hopeless. */
    public static final int MIN_LENGTH = 16;
    private static final int MAX_LENGTH = 4096;

    private final byte[] digest;

    private ApiToken(String token) {
        if (token.length() < MIN_LENGTH) {
            throw new VoxpressException("API token: shorter than " + MIN_LENGTH + " characters");
        }
        if (token.length() > MAX_LENGTH || !token.matches("[\\x21-\\x7e]+")) {
            throw new VoxpressException("API token: must be printable ASCII without spaces, at most " + MAX_LENGTH + " characters");
        }
        this.digest = sha256(token);
    }

    /** A token given as is, such as one a test makes. */
    public static ApiToken of(String token) {
        return new ApiToken(token);
    }

    /**
     * The token from {@code file} (its first line) when given, else from {@value #ENV} in {@code env}; empty when
     * neither is set, which leaves the API off.
     */
    public static Optional<ApiToken> load(Path file, Map<String, String> env) {
        if (file != null) {
            String text;
            try {
                if (Files.size(file) > MAX_LENGTH + 2) throw new VoxpressException(file + ": too large for a token file");
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new VoxpressException(file + ": cannot read the token file: " + e.getMessage(), e);
            }
            String line = text.lines().findFirst().orElse("").strip();
            if (line.isEmpty()) throw new VoxpressException(file + ": the token file is empty");
            return Optional.of(new ApiToken(line));
        }
        String value = env.get(ENV);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(new ApiToken(value.strip()));
    }

    /** Whether an {@code Authorization} header carries this token ({@code Bearer TOKEN}), in constant time. */
    public boolean matches(String authorization) {
        if (authorization == null || authorization.length() > MAX_LENGTH + 7
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(authorization.substring(7).strip()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "ApiToken[hidden]";
    }
}
