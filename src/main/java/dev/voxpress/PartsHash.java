package dev.voxpress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The hashes that name cached and published work: a SHA-256 of some strings, in hex. */
public final class PartsHash {
    private PartsHash() {
    }

    /** The SHA-256 of {@code parts}, each followed by a NUL byte, so that moving a boundary changes the hash. */
    public static String of(List<String> parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
