package tw.netzero.portal.web.publicdata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;

/**
 * A writer that gathers what the page writes and encodes it a chunk at a time with
 * {@link String#getBytes(Charset)}: an {@code OutputStreamWriter} encodes each of the Faces
 * writer's many small writes on its own, and the profile of a rendered directory put a quarter of
 * its samples in that encoder (issue 18, item 3).
 */
final class ChunkEncodingWriter extends Writer {

    private static final int CHUNK = 8192;

    private final OutputStream out;
    private final Charset charset;
    private final StringBuilder pending = new StringBuilder(CHUNK + 256);

    ChunkEncodingWriter(OutputStream out, Charset charset) {
        this.out = out;
        this.charset = charset;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        pending.append(chars, offset, length);
        encodeIfFull();
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        pending.append(text, offset, offset + length);
        encodeIfFull();
    }

    @Override
    public void write(int c) throws IOException {
        pending.append((char) c);
        encodeIfFull();
    }

    private void encodeIfFull() throws IOException {
        if (pending.length() >= CHUNK) {
            // A pair of surrogates is encoded together: a high one at the end waits for its partner.
            int end = Character.isHighSurrogate(pending.charAt(pending.length() - 1)) ? pending.length() - 1
                    : pending.length();
            out.write(pending.substring(0, end).getBytes(charset));
            pending.delete(0, end);
        }
    }

    @Override
    public void flush() throws IOException {
        if (!pending.isEmpty()) {
            out.write(pending.toString().getBytes(charset));
            pending.setLength(0);
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}
