package org.archivekg.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.List;
import java.util.function.Function;

/**
 * An unmodifiable list kept in a file: what a run report holds per document for a corpus too large to hold it in
 * memory. Elements are read on demand; reading in order (iterating, {@code get(i)} for rising {@code i}) reads the
 * file once. The file is deleted when the list is no longer reachable (or, at the latest, when the JVM exits).
 * <p>
 * {@link Writer} appends the elements, {@link Writer#finish} gives the list.
 */
final class SpilledList<T> extends AbstractList<T> {

    private static final Cleaner CLEANER = Cleaner.create();

    interface Encoder<T> {
        void write(DataOutput out, T value) throws IOException;
    }

    interface Decoder<T> {
        T read(DataInput in) throws IOException;
    }

    /** The file and the stream reading it: what the cleaner closes and deletes, so it must not refer to the list. */
    private static final class State implements Runnable {
        final Path file;
        DataInputStream in;
        int cursor; // the index of the element {@code in} reads next

        State(Path file) {
            this.file = file;
        }

        @Override
        public synchronized void run() {
            try {
                if (in != null) in.close();
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; deleteOnExit tries again
            }
        }
    }

    private final State state;
    private final int size;
    private final Decoder<T> decoder;

    private SpilledList(Path file, int size, Decoder<T> decoder) {
        this.state = new State(file);
        this.size = size;
        this.decoder = decoder;
        CLEANER.register(this, state);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException(index);
        synchronized (state) {
            try {
                if (state.in == null || index < state.cursor) {
                    if (state.in != null) state.in.close();
                    state.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(state.file), 1 << 16));
                    state.cursor = 0;
                }
                while (state.cursor < index) {
                    decoder.read(state.in);
                    state.cursor++;
                }
                T value = decoder.read(state.in);
                state.cursor++;
                return value;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + state.file, e);
            }
        }
    }

    /** The same list, each element mapped: a view, reading the same file. */
    <R> List<R> map(Function<T, R> f) {
        return new View<>(this, f);
    }

    /** True for a list kept on disk (or a view of one): unmodifiable already, and not to be copied into memory. */
    static boolean isSpilled(List<?> list) {
        return list instanceof SpilledList<?> || list instanceof View<?, ?>;
    }

    private static final class View<T, R> extends AbstractList<R> {
        private final SpilledList<T> source;
        private final Function<T, R> f;

        View(SpilledList<T> source, Function<T, R> f) {
            this.source = source;
            this.f = f;
        }

        @Override
        public R get(int index) {
            return f.apply(source.get(index));
        }

        @Override
        public int size() {
            return source.size();
        }
    }

    /** Appends elements to a new file; {@link #finish} makes the list, {@link #abandon} deletes the file. */
    static final class Writer<T> {
        private final Path file;
        private final DataOutputStream out;
        private final Encoder<T> encoder;
        private int size;

        Writer(Path dir, String prefix, Encoder<T> encoder) {
            this.encoder = encoder;
            try {
                this.file = Files.createTempFile(dir, prefix, ".bin");
                file.toFile().deleteOnExit();
                this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a temporary file in " + dir, e);
            }
        }

        void add(T value) {
            try {
                encoder.write(out, value);
                size++;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        }

        SpilledList<T> finish(Decoder<T> decoder) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
            return new SpilledList<>(file, size, decoder);
        }

        void abandon() {
            try {
                out.close();
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // deleteOnExit tries again
            }
        }
    }
}
