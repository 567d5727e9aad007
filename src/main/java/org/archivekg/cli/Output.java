package org.archivekg.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command writes: a file, or standard output ({@code -} or no file), which must stay open afterwards. */
final class Output {

    private Output() {
    }

    static boolean isStdout(String output) {
        return output == null || output.equals("-");
    }

    static OutputStream open(String output) throws IOException {
        return isStdout(output) ? new NonClosing(System.out) : Files.newOutputStream(Path.of(output));
    }

    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len); // FilterOutputStream would write byte by byte
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
