package org.cxworkbench.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

import org.eclipse.osgi.util.NLS;

/**
 * Text decoded strictly that says on which line a byte is not text in its encoding. The JDK's reader says "Input
 * length = 1", and it fails as soon as its buffer holds the byte, thousands of characters before a parser reaches
 * its line. This reader hands over every character before a bad byte first and counts the line breaks among them,
 * so the failure names the bad byte's line.
 */
public final class StrictTextReader extends Reader {

    /** A byte that is not text in the file's encoding, with the line it is on. */
    public static final class NotText extends IOException {
        private static final long serialVersionUID = 1L;

        NotText(String message, CharacterCodingException cause) {
            super(message, cause);
        }
    }

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private final CharBuffer chars = CharBuffer.allocate(8192).flip();
    private boolean endOfInput;
    private boolean flushed;
    private CoderResult error;
    private long lineBreaks;

    public StrictTextReader(InputStream in, Charset charset) {
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (error != null) {
                try {
                    error.throwException();
                } catch (CharacterCodingException e) {
                    throw new NotText(NLS.bind(Messages.File_notInEncoding, String.valueOf(lineBreaks + 1),
                            charset.name()), e);
                }
            }
            if (flushed) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        for (int i = offset; i < offset + n; i++) {
            if (buffer[i] == '\n') {
                lineBreaks++;
            }
        }
        return n;
    }

    private void fill() throws IOException {
        if (!endOfInput) {
            bytes.compact();
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + read);
            }
            bytes.flip();
        }
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        if (result.isError()) {
            error = result;
        } else if (endOfInput && result.isUnderflow()) {
            decoder.flush(chars);
            flushed = true;
        }
        chars.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
