package dev.voxpress.source;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A document as read from a file, URL or standard input, before cleaning.
 *
 * @param name     how to name the source in messages: the path, URL or {@code <stdin>}
 * @param location the URL the document came from (after redirects), or the file's URI; base for relative links
 * @param type     HTML or plain text
 * @param body     the raw bytes
 * @param charset  the charset declared by the transport (HTTP header), or null to detect from the content
 */
public record LoadedSource(String name, String location, MediaType type, byte[] body, Charset charset) {
    public LoadedSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(body, "body");
    }
}
