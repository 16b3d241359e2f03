package tw.netzero.portal.web.publicdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChunkEncodingWriterTest {

    @Test
    void writesTheSameBytesAsEncodingTheWholeTextAtOnce() throws IOException {
        StringBuilder page = new StringBuilder();
        for (int row = 0; row < 400; row++) {
            // ASCII, Chinese (three bytes each) and a character outside the BMP (a surrogate pair).
            page.append("<tr><td>Harbor Crest Steel ").append(row).append("</td><td>港峰鋼鐵 ◎ — 𠀋</td></tr>\n");
        }
        String text = page.toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintWriter writer = new PrintWriter(new ChunkEncodingWriter(out, StandardCharsets.UTF_8));
        // Pieces of every size, as a Faces writer sends them; one ends between the two halves of a pair.
        int at = 0;
        int piece = 1;
        while (at < text.length()) {
            int end = Math.min(text.length(), at + piece);
            if (piece % 3 == 0) {
                writer.write(text.toCharArray(), at, end - at);
            } else {
                writer.write(text, at, end - at);
            }
            at = end;
            piece = piece % 700 + 37;
        }
        writer.flush();
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    @Test
    void aPairSplitAtTheChunkBoundaryIsEncodedWhole() throws IOException {
        String before = "a".repeat(8191);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChunkEncodingWriter writer = new ChunkEncodingWriter(out, StandardCharsets.UTF_8);
        writer.write(before + "\uD840");
        writer.write("\uDC0B and after");
        writer.flush();
        assertEquals(before + "𠀋 and after", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void nothingIsSentBeforeAChunkIsFullOrTheWriterFlushed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChunkEncodingWriter writer = new ChunkEncodingWriter(out, StandardCharsets.ISO_8859_1);
        writer.write("short");
        assertEquals(0, out.size());
        writer.flush();
        assertEquals("short", out.toString(StandardCharsets.ISO_8859_1));
    }
}
