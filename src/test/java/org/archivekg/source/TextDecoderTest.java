package org.archivekg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link TextDecoder}: every encoding the archives publish in decodes to the same text as the UTF-8 original
 * (line ends normalised to LF); empty, blank, binary and broken UTF-8 input is rejected with a reason, and
 * broken UTF-8 with the line it is on.
 */
class TextDecoderTest {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] INVALID = {(byte) 0xC3, 0x28};

    private final TextDecoder decoder = new TextDecoder();

    private static Stream<String> seeds() {
        return Seeds.ALL.stream();
    }

    private static String crlf(String s) {
        return s.replace("\n", "\r\n");
    }

    private void assertDecodesTo(String expected, byte[] bytes, String charsetPrefix) throws SourceException {
        TextDecoder.Decoded d;
        try {
            d = decoder.decode(bytes);
        } catch (SourceException e) {
            throw new AssertionError("not decoded (expected " + charsetPrefix + "): " + e.getMessage() + " at line " + e.line(), e);
        }
        assertTrue(d.charset().startsWith(charsetPrefix), "read as " + d.charset() + ", expected " + charsetPrefix);
        assertFalse(d.text().contains("\r"), "a CR survived");
        assertFalse(!d.text().isEmpty() && d.text().charAt(0) == '\uFEFF', "the BOM survived");
        assertEquals(expected, d.text());
    }

    // ---------------------------------------------------------------- encodings that must be read

    @ParameterizedTest
    @MethodSource("seeds")
    void utf8(String seed) throws SourceException {
        String t = Seeds.text(seed);
        assertDecodesTo(t, t.getBytes(StandardCharsets.UTF_8), "UTF-8");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void utf8WithBom(String seed) throws SourceException {
        String t = Seeds.text(seed);
        assertDecodesTo(t, Seeds.concat(UTF8_BOM, t.getBytes(StandardCharsets.UTF_8)), "UTF-8");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void utf16LeWithBom(String seed) throws SourceException {
        String t = Seeds.text(seed);
        assertDecodesTo(t, Seeds.concat(UTF16LE_BOM, t.getBytes(StandardCharsets.UTF_16LE)), "UTF-16");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void utf16BeWithBom(String seed) throws SourceException {
        String t = Seeds.text(seed);
        assertDecodesTo(t, Seeds.concat(UTF16BE_BOM, t.getBytes(StandardCharsets.UTF_16BE)), "UTF-16");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void crlfLineEnds(String seed) throws SourceException {
        String t = Seeds.text(seed);
        assertDecodesTo(t, crlf(t).getBytes(StandardCharsets.UTF_8), "UTF-8");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void crlfLineEndsWithBomInUtf8AndUtf16(String seed) throws SourceException {
        String t = Seeds.text(seed);
        assertDecodesTo(t, Seeds.concat(UTF8_BOM, crlf(t).getBytes(StandardCharsets.UTF_8)), "UTF-8");
        assertDecodesTo(t, Seeds.concat(UTF16LE_BOM, crlf(t).getBytes(StandardCharsets.UTF_16LE)), "UTF-16");
    }

    @Test
    void lonelyCrLineEnds() throws SourceException {
        assertDecodesTo("a\nb\nc\n", "a\rb\r\nc\n".getBytes(StandardCharsets.UTF_8), "UTF-8");
    }

    /** Every (seed, legacy charset) pair where the charset can hold the whole seed. */
    private static Stream<Arguments> legacySeeds() {
        List<Arguments> args = new ArrayList<>();
        for (String cs : List.of("windows-1251", "KOI8-R", "IBM866")) {
            for (String seed : Seeds.ALL) {
                if (Charset.forName(cs).newEncoder().canEncode(Seeds.text(seed))) args.add(Arguments.of(seed, cs));
            }
        }
        assertTrue(args.size() >= 3, "no seed fits windows-1251, KOI8-R and IBM866");
        return args.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("legacySeeds")
    void legacyCyrillicSeed(String seed, String charset) throws SourceException {
        String t = Seeds.text(seed);
        assertDecodesTo(t, t.getBytes(Charset.forName(charset)), charset);
    }

    @ParameterizedTest(name = "{0} in {1}, CRLF")
    @MethodSource("legacySeeds")
    void legacyCyrillicSeedWithCrlf(String seed, String charset) throws SourceException {
        String t = Seeds.text(seed);
        assertDecodesTo(t, crlf(t).getBytes(Charset.forName(charset)), charset);
    }

    /** The Russian text of each seed alone (no English around it), where the charset can hold it. */
    private static Stream<Arguments> legacyRussianTexts() {
        List<Arguments> args = new ArrayList<>();
        for (String cs : List.of("windows-1251", "KOI8-R", "IBM866")) {
            for (String seed : Seeds.ALL) {
                List<Section> russian = Seeds.read(seed).sections(SectionKind.TEXT, Language.RU);
                assertFalse(russian.isEmpty(), "no Russian text in " + seed);
                if (russian.stream().allMatch(s -> Charset.forName(cs).newEncoder().canEncode(s.span().text()))) {
                    args.add(Arguments.of(seed, cs));
                }
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "Russian text of {0} in {1}")
    @MethodSource("legacyRussianTexts")
    void legacyCyrillicRussianText(String seed, String charset) throws SourceException {
        for (Section s : Seeds.read(seed).sections(SectionKind.TEXT, Language.RU)) {
            String t = s.span().text();
            assertDecodesTo(t, t.getBytes(Charset.forName(charset)), charset);
        }
    }

    @Test
    void windows1251WithYoAndGuillemets() throws SourceException {
        // "Р»" is D0 BB and "Сё" D1 B8 in windows-1251: byte pairs that also look like a UTF-8 sequence
        String t = "Телеграмма «СССР» — товарищу Сёмину, № 5.\nЁлка.\n";
        assertDecodesTo(t, t.getBytes(Charset.forName("windows-1251")), "windows-1251");
    }

    @Test
    void legacyTextIsNotMistakenForLatin1() {
        // Latin-1 text is neither UTF-8 nor Cyrillic: it must be rejected, not read as windows-1251
        byte[] latin1 = "Café au lait, naïve résumé of the meeting.\nSecond line.\n".getBytes(StandardCharsets.ISO_8859_1);
        SourceException e = assertThrows(SourceException.class, () -> decoder.decode(latin1));
        assertTrue(e.getMessage().contains("invalid UTF-8"), e.getMessage());
        assertEquals(1, e.line());
    }

    // ---------------------------------------------------------------- input that must be rejected

    @Test
    void emptyFile() {
        SourceException e = assertThrows(SourceException.class, () -> decoder.decode(new byte[0]));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        assertEquals(0, e.line());
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "\n", "\n\n\n", "  \t \n \r\n\t\n", "\f"})
    void whiteSpaceOnly(String s) {
        SourceException e = assertThrows(SourceException.class, () -> decoder.decode(s.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void bomOnly() {
        SourceException utf8 = assertThrows(SourceException.class, () -> decoder.decode(UTF8_BOM));
        assertTrue(utf8.getMessage().contains("empty"), utf8.getMessage());
        SourceException utf16 = assertThrows(SourceException.class, () -> decoder.decode(UTF16LE_BOM));
        assertTrue(utf16.getMessage().contains("empty"), utf16.getMessage());
        byte[] blank16 = Seeds.concat(UTF16LE_BOM, " \n \n".getBytes(StandardCharsets.UTF_16LE));
        SourceException blank = assertThrows(SourceException.class, () -> decoder.decode(blank16));
        assertTrue(blank.getMessage().contains("empty"), blank.getMessage());
    }

    @Test
    void nulBytesAreBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 1, 2, 3};
        SourceException e = assertThrows(SourceException.class, () -> decoder.decode(png));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void aNulByteInTheMiddleOfTextIsBinary() {
        byte[] t = Seeds.bytes(Seeds.S002);
        byte[] withNul = t.clone();
        withNul[t.length / 2] = 0;
        SourceException e = assertThrows(SourceException.class, () -> decoder.decode(withNul));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void nulAfterABomIsBinary() {
        byte[] utf8 = Seeds.concat(UTF8_BOM, "text\nmore".getBytes(StandardCharsets.UTF_8), new byte[] {0}, "x".getBytes(StandardCharsets.UTF_8));
        SourceException e8 = assertThrows(SourceException.class, () -> decoder.decode(utf8));
        assertTrue(e8.getMessage().contains("binary"), e8.getMessage());
        byte[] utf16 = Seeds.concat(UTF16LE_BOM, "text\nmo\u0000re".getBytes(StandardCharsets.UTF_16LE));
        SourceException e16 = assertThrows(SourceException.class, () -> decoder.decode(utf16));
        assertTrue(e16.getMessage().contains("binary"), e16.getMessage());
    }

    @Test
    void manyControlBytesAreBinary() {
        byte[] b = new byte[1000];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        SourceException e = assertThrows(SourceException.class, () -> decoder.decode(b));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void utf16WithoutBomIsNotText() {
        byte[] b = "Привет, мир\nвторая строка\n".getBytes(StandardCharsets.UTF_16LE);
        SourceException e = assertThrows(SourceException.class, () -> decoder.decode(b));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    // ---------------------------------------------------------------- invalid UTF-8, with its line

    /** The lines (1-based) of seed 000 that hold Russian text, a few spread over the file. */
    private static Stream<Integer> russianLinesOf000() {
        String[] lines = Seeds.text(Seeds.S000).split("\n", -1);
        List<Integer> russian = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (Language.ofText(lines[i]) == Language.RU && lines[i].length() > 10) russian.add(i + 1);
        }
        assertTrue(russian.size() > 5);
        return Stream.of(russian.get(0), russian.get(russian.size() / 2), russian.get(russian.size() - 1));
    }

    /** Seed 000 with 0xC3 0x28 inserted in the middle of 1-based line {@code line}; line ends as given. */
    private static byte[] withInvalidUtf8(int line, String eol) {
        String[] lines = Seeds.text(Seeds.S000).split("\n", -1);
        String l = lines[line - 1];
        StringBuilder before = new StringBuilder();
        for (int i = 0; i < line - 1; i++) before.append(lines[i]).append(eol);
        before.append(l, 0, l.length() / 2);
        StringBuilder after = new StringBuilder(l.substring(l.length() / 2));
        for (int i = line; i < lines.length; i++) after.append(eol).append(lines[i]);
        return Seeds.concat(before.toString().getBytes(StandardCharsets.UTF_8), INVALID, after.toString().getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("russianLinesOf000")
    void invalidUtf8NamesTheLine(int line) {
        SourceException e = assertThrows(SourceException.class, () -> decoder.decode(withInvalidUtf8(line, "\n")));
        assertTrue(e.getMessage().contains("invalid UTF-8"), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("russianLinesOf000")
    void invalidUtf8NamesTheLineWithCrlf(int line) {
        SourceException e = assertThrows(SourceException.class, () -> decoder.decode(withInvalidUtf8(line, "\r\n")));
        assertTrue(e.getMessage().contains("invalid UTF-8"), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("russianLinesOf000")
    void invalidUtf8NamesTheLineAfterABom(int line) {
        SourceException e = assertThrows(SourceException.class, () -> decoder.decode(Seeds.concat(UTF8_BOM, withInvalidUtf8(line, "\n"))));
        assertTrue(e.getMessage().contains("invalid UTF-8"), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
    }

    @Test
    void invalidUtf8OnTheFirstLine() {
        byte[] b = Seeds.concat("Теле".getBytes(StandardCharsets.UTF_8), INVALID, "грамма\nвторая строка\n".getBytes(StandardCharsets.UTF_8));
        SourceException e = assertThrows(SourceException.class, () -> decoder.decode(b));
        assertTrue(e.getMessage().contains("invalid UTF-8"), e.getMessage());
        assertEquals(1, e.line());
    }

    @Test
    void aSequenceCutAtTheEndOfTheFile() {
        byte[] t = "Телеграмма\nпослу СССР\nв КНР".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Seeds.concat(t, new byte[] {(byte) 0xD0});
        SourceException e = assertThrows(SourceException.class, () -> decoder.decode(cut));
        assertTrue(e.getMessage().contains("invalid UTF-8"), e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void aLoneContinuationByte() {
        byte[] b = Seeds.concat("Сталин\nМао Цзэдун\n".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0x80},
                "\nЧжоу Эньлай\n".getBytes(StandardCharsets.UTF_8));
        SourceException e = assertThrows(SourceException.class, () -> decoder.decode(b));
        assertTrue(e.getMessage().contains("invalid UTF-8"), e.getMessage());
        assertEquals(3, e.line());
    }
}
