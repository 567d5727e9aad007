package org.archivekg.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The files of a run waiting for their links, in file order: held in memory, or — for a large corpus — appended to
 * a file as they come ({@link PendingCodec}) and read back once, in the same order, for the linking pass, so the heap
 * does not grow with the corpus. Written by one thread, then read by one thread ({@link #readBack} once).
 */
abstract class PendingLog implements Closeable {

    abstract void add(PendingDocument p);

    /** The documents added, in the order added; call once, after the last {@link #add}. */
    abstract Iterator<PendingDocument> readBack();

    static PendingLog inMemory() {
        return new InMemory();
    }

    /** A log in {@code file} (created; the caller deletes it after {@link #close}). */
    static PendingLog onDisk(Path file) {
        return new OnDisk(file);
    }

    private static final class InMemory extends PendingLog {
        private List<PendingDocument> pending = new ArrayList<>();

        @Override
        void add(PendingDocument p) {
            pending.add(p);
        }

        @Override
        Iterator<PendingDocument> readBack() {
            Iterator<PendingDocument> it = pending.iterator();
            pending = null;
            return it;
        }

        @Override
        public void close() {
        }
    }

    private static final class OnDisk extends PendingLog {
        private final Path file;
        private final DataOutputStream out;
        private DataInputStream in;
        private int written;

        OnDisk(Path file) {
            this.file = file;
            try {
                this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the run's spill file " + file, e);
            }
        }

        @Override
        void add(PendingDocument p) {
            try {
                PendingCodec.write(out, p);
                written++;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the run's spill file " + file, e);
            }
        }

        @Override
        Iterator<PendingDocument> readBack() {
            try {
                out.close();
                in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the run's spill file " + file, e);
            }
            return new Iterator<>() {
                private int read;

                @Override
                public boolean hasNext() {
                    return read < written;
                }

                @Override
                public PendingDocument next() {
                    if (!hasNext()) throw new NoSuchElementException();
                    try {
                        PendingDocument p = PendingCodec.read(in);
                        read++;
                        return p;
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the run's spill file " + file, e);
                    }
                }
            };
        }

        @Override
        public void close() throws IOException {
            out.close();
            if (in != null) in.close();
        }
    }
}
