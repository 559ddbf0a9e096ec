package vn.emr.signature.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Bytes that can be read more than once (a second streaming pass): an array or a file. */
public interface XmlSource {

    InputStream open() throws IOException;

    /** The bytes, when held in memory (the fast tokenizer's input), else null. */
    default byte[] inMemory() {
        return null;
    }

    static XmlSource of(byte[] bytes) {
        return new XmlSource() {
            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public byte[] inMemory() {
                return bytes;
            }
        };
    }

    static XmlSource of(Path file) {
        return () -> new java.io.BufferedInputStream(Files.newInputStream(file), 65536);
    }
}
