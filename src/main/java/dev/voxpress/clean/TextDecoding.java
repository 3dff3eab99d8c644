package dev.voxpress.clean;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import dev.voxpress.source.LoadedSource;

/** Checks that a source's bytes are text and decodes them. */
final class TextDecoding {
    private TextDecoding() {
    }

    /** Fails when the bytes look like a binary file: NUL bytes, or many control characters. */
    static void requireText(LoadedSource source) {
        byte[] body = source.body();
        if (body.length == 0) throw new CleanException(source.name(), "empty file");
        int sample = Math.min(body.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = body[i] & 0xff;
            if (b == 0) throw new CleanException(source.name(), "binary content, not text");
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
        }
        if (control > sample / 100 + 2) throw new CleanException(source.name(), "binary content, not text");
    }

    /** Decodes strict UTF-8 (a byte order mark is dropped); undecodable bytes are an error, not replacement marks. */
    static String utf8(LoadedSource source) {
        requireText(source);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(source.body()))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new CleanException(source.name(), "not valid UTF-8 text");
        }
    }
}
