package org.archivekg.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.archivekg.problem.ProblemHandler;
import org.archivekg.problem.SourcePos;

/**
 * The source stage's entry point: file → bytes → text → format → {@link SourceDocument}. Every failure is
 * reported to the {@link ProblemHandler} with the file's path (and line where one applies); nothing throws
 * for bad input, so one bad file never stops the others.
 */
public final class SourceLoader {

    private final TextDecoder decoder = new TextDecoder();
    private final FormatDetector detector = new FormatDetector();
    private final Map<SourceFormat, SourceReader> readers = Map.of(
            SourceFormat.DIGITAL_ARCHIVE_RECORD, new DigitalArchiveRecordReader(),
            SourceFormat.COLLECTION_PAGE, new CollectionPageReader(SourceFormat.COLLECTION_PAGE),
            SourceFormat.INDEX_PAGE, new CollectionPageReader(SourceFormat.INDEX_PAGE));

    public Optional<SourceDocument> load(Path file, ProblemHandler problems) {
        String path = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            problems.error("cannot read file: " + describe(e), SourcePos.ofFile(path));
            return Optional.empty();
        }
        return read(path, bytes, problems);
    }

    /** Reads one source from its bytes; {@code path} names it in the model and in problems. */
    public Optional<SourceDocument> read(String path, byte[] bytes, ProblemHandler problems) {
        try {
            TextDecoder.Decoded decoded = decoder.decode(bytes);
            if (!decoded.charset().startsWith("UTF-8")) {
                problems.warning("not UTF-8: read as " + decoded.charset(), SourcePos.ofFile(path));
            }
            SourceText text = new SourceText(path, decoded.text());
            FormatDetector.Detection detection = detector.detect(text);
            if (!detection.known()) {
                problems.error("unknown format: " + detection.reason(), SourcePos.ofFile(path));
                return Optional.empty();
            }
            return Optional.of(readers.get(detection.format()).read(path, text, problems));
        } catch (SourceException e) {
            problems.error(e.getMessage(), SourcePos.ofLine(path, e.line()));
            return Optional.empty();
        } catch (RuntimeException e) {
            // A reader bug must not cost the other files: report it against this file.
            problems.error("internal error while reading: " + describe(e), SourcePos.ofFile(path));
            return Optional.empty();
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
