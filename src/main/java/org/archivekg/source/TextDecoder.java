package org.archivekg.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns a file's bytes into text, or says precisely why not. Accepts UTF-8 (with or without BOM), UTF-16 with
 * a BOM, and the single-byte Cyrillic encodings archives still publish in (windows-1251, KOI8-R, CP866) when the
 * bytes are not UTF-8 at all. Rejects empty and binary files, and UTF-8 with broken sequences (naming the line).
 * Line ends are normalised to {@code \n}; offsets everywhere else count in the decoded text.
 */
public final class TextDecoder {

    /** Decoded text and the charset it was read in. */
    public record Decoded(String text, String charset) {
    }


    public Decoded decode(byte[] bytes) throws SourceException {
        if (bytes.length == 0) throw new SourceException("empty file", 0);
        String text;
        String charset;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = strictUtf8(bytes, 3);
            charset = "UTF-8 (BOM)";
        } else if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            text = strict(StandardCharsets.UTF_16, bytes, 0);
            charset = "UTF-16";
        } else {
            checkNotBinary(bytes);
            try {
                text = strictUtf8(bytes, 0);
                charset = "UTF-8";
            } catch (SourceException invalidUtf8) {
                Charset legacy = legacyCyrillic(bytes);
                if (legacy == null) throw invalidUtf8;
                text = new String(bytes, legacy);
                charset = legacy.name();
            }
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) throw new SourceException("empty file (only white space)", 0);
        checkNoControlCharacters(text);
        return new Decoded(text, charset);
    }

    private static void checkNotBinary(byte[] bytes) throws SourceException {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) throw new SourceException("binary file (NUL byte at byte offset " + i + "), not a text document", 0);
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
        }
        if (control * 20 > sample) throw new SourceException("binary file (" + control + " control bytes in the first " + sample + "), not a text document", 0);
    }

    private static void checkNoControlCharacters(String text) throws SourceException {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') line++;
            else if (c == 0) throw new SourceException("binary content (NUL character)", line);
        }
    }

    private static String strictUtf8(byte[] bytes, int offset) throws SourceException {
        return strict(StandardCharsets.UTF_8, bytes, offset);
    }

    private static String strict(Charset cs, byte[] bytes, int offset) throws SourceException {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (MalformedInputException e) {
            int bad = in.position();
            throw new SourceException("invalid " + cs.name() + " (malformed byte sequence at byte offset " + bad + ")", lineAt(bytes, bad));
        } catch (CharacterCodingException e) {
            throw new SourceException("invalid " + cs.name() + ": " + e.getMessage(), 0);
        }
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, bytes.length); i++) if (bytes[i] == '\n') line++;
        return line;
    }

    /** The single-byte Cyrillic encodings archives publish in, tried when the bytes are not UTF-8. */
    private static final List<Charset> LEGACY = List.of(Charset.forName("windows-1251"), Charset.forName("KOI8-R"), Charset.forName("IBM866"));
    /** The eight most frequent Russian letters: text in the right encoding is full of them, in lower case. */
    private static final String FREQUENT = "оеаинтср";

    /**
     * A single-byte Cyrillic charset when the bytes are not UTF-8 with a few broken sequences but something else
     * altogether (more broken than valid multi-byte sequences) and decode to mostly Cyrillic text. Among the
     * candidates, the one whose text has the most of the frequent lower-case Russian letters wins: a wrong
     * single-byte table turns them into capitals and rare letters.
     */
    private static Charset legacyCyrillic(byte[] bytes) {
        int[] counts = utf8Sequences(bytes);
        if (counts[0] >= counts[1]) return null; // mostly valid UTF-8: report the broken sequence instead
        Charset best = null;
        long bestScore = 0;
        for (Charset cs : LEGACY) {
            String t = new String(bytes, cs);
            long letters = t.codePoints().filter(Character::isLetter).count();
            long cyrillic = t.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC).count();
            if (letters == 0 || cyrillic * 10 < letters * 3) continue;
            long score = t.codePoints().filter(c -> FREQUENT.indexOf(c) >= 0).count();
            if (score > bestScore) {
                bestScore = score;
                best = cs;
            }
        }
        return best;
    }

    /** {valid multi-byte sequences, invalid bytes} in a byte array read as UTF-8. */
    private static int[] utf8Sequences(byte[] b) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < b.length) {
            int lead = b[i] & 0xFF;
            int len = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            if (len == 1) {
                i++;
                continue;
            }
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) ok = (b[i + k] & 0xC0) == 0x80;
            if (ok) {
                valid++;
                i += len;
            } else {
                invalid++;
                i++;
            }
        }
        return new int[] {valid, invalid};
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
