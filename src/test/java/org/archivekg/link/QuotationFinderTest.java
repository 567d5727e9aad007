package org.archivekg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.archivekg.link.QuotationFinder.Match;
import org.archivekg.link.QuotationFinder.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuotationFinderTest {

    private static final String S000 = "000_256815a977ff7b0b.txt";
    private static final String S001 = "001_d42d411745a7864a.txt";
    private static final String S002 = "002_fe4253cd466e7b7f.txt";
    private static final String S003 = "003_8407d3f3e1911c0a.txt";
    private static final String S004 = "004_fb0b047ba36df19f.txt";

    /** The seeds, each split into its Russian and its English lines ("000-ru", "000-en", …), and what the finder found. */
    private static Map<String, Text> seeds;
    private static List<Match> seedMatches;

    @BeforeAll
    static void findInSeeds() throws IOException {
        seeds = new LinkedHashMap<>();
        QuotationFinder finder = new QuotationFinder();
        for (String file : List.of(S000, S001, S002, S003, S004)) {
            String text = Files.readString(Path.of("seeds", file), StandardCharsets.UTF_8);
            for (Text t : byScript(file, text)) {
                seeds.put(t.id(), t);
                finder.add(t);
            }
        }
        seedMatches = finder.findAll();
        for (Match m : seedMatches) {
            System.out.printf("seed match %s[%d,%d) ~ %s[%d,%d) %d words, similarity %.3f%n", m.a().id(), m.aStart(), m.aEnd(),
                    m.b().id(), m.bStart(), m.bEnd(), m.words(), m.similarity());
        }
    }

    /**
     * A seed file as two Texts: its lines with mostly Cyrillic letters ("ru") and its lines with mostly Latin letters
     * ("en"); a line without letters (page number, blank) goes with the line before. Group = the file.
     */
    static List<Text> byScript(String file, String text) {
        StringBuilder ru = new StringBuilder();
        StringBuilder en = new StringBuilder();
        StringBuilder current = en;
        for (String line : text.split("\n", -1)) {
            int cyrillic = 0;
            int latin = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (!Character.isLetter(c)) continue;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC) cyrillic++;
                else latin++;
            }
            if (cyrillic + latin > 0) current = cyrillic > latin ? ru : en;
            current.append(line).append('\n');
        }
        String id = file.substring(0, 3);
        return List.of(new Text(id + "-ru", file, "ru", ru.toString()), new Text(id + "-en", file, "en", en.toString()));
    }

    private static List<Match> between(List<Match> matches, String a, String b) {
        return matches.stream()
                .filter(m -> m.a().id().equals(a) && m.b().id().equals(b) || m.a().id().equals(b) && m.b().id().equals(a))
                .toList();
    }

    private static Match longest(List<Match> matches, String a, String b) {
        return between(matches, a, b).stream().max((x, y) -> Integer.compare(x.words(), y.words()))
                .orElseThrow(() -> new AssertionError("no match between " + a + " and " + b));
    }

    private static String spanA(Match m) {
        return m.a().text().substring(m.aStart(), m.aEnd());
    }

    private static String spanB(Match m) {
        return m.b().text().substring(m.bStart(), m.bEnd());
    }

    // ------------------------------------------------------------------ the seeds

    @Test
    void theBoilerplateLimitGrowsWithTheCorpusUpToAThousandTexts() {
        assertEquals(50, QuotationFinder.maxTexts(10));
        assertEquals(50, QuotationFinder.maxTexts(5_000));
        assertEquals(200, QuotationFinder.maxTexts(20_000));
        assertEquals(1_000, QuotationFinder.maxTexts(100_000));
        assertEquals(1_000, QuotationFinder.maxTexts(1_000_000), "a fixed limit past 100,000 texts: seeds grow with its square");
    }

    @Test
    void the001LetterQuotes000InRussianDespiteOcrErrors() {
        Match m = longest(seedMatches, "000-ru", "001-ru");
        assertEquals("000-ru", m.a().id(), "a is the text added first");
        assertTrue(m.words() >= 150, m.words() + " words");
        assertTrue(m.similarity() >= 0.9 && m.similarity() < 1.0, "OCR noise lowers the similarity a little: " + m.similarity());
        String in000 = spanA(m);
        String in001 = spanB(m);
        assertTrue(in000.contains("пяти-шести китайских добровольческих дивизиях"), in000);
        assertTrue(in000.startsWith("Я считал возможным обратиться к Вам"), in000);
        // the OCR errors of 001 lie inside the matched passage
        assertTrue(in000.contains("Ставя перед Вами") && in001.contains("Стали перед Вами"), in001);
        assertTrue(in000.contains("будет теперь") && in001.contains("будет топорь"), in001);
        assertTrue(in001.startsWith("Я считал возможным обратиться к Вам"), in001);
    }

    @Test
    void the004TelegramQuotes000InRussian() {
        Match m = longest(seedMatches, "000-ru", "004-ru");
        assertTrue(m.words() >= 300, m.words() + " words");
        assertTrue(m.similarity() >= 0.95, "004 is a clean edition: " + m.similarity());
        // the word broken over 000's page break ("япон-\n\n114\n\n- 2 -\n\nского") is matched whole
        assertTrue(spanA(m).contains("япон-\n\n114\n\n- 2 -\n\nского империализма"), spanA(m));
        assertTrue(spanB(m).contains("японского империализма"), spanB(m));
        assertTrue(spanB(m).endsWith("минимум о пяти-шести дивизиях"), spanB(m));
    }

    @Test
    void the001TelegramCarriesThe000TranslationInEnglish() {
        Match m = longest(seedMatches, "000-en", "001-en");
        assertTrue(m.words() >= 400, m.words() + " words");
        assertTrue(spanA(m).startsWith("I considered it possible to turn to you"), spanA(m));
        assertTrue(spanB(m).contains("five-six Chinese volunteer divisions"), spanB(m));
    }

    @Test
    void bothCarriersOfMaosReplyMatchInRussian() {
        Match m = longest(seedMatches, "002-ru", "003-ru");
        assertTrue(m.words() >= 250, m.words() + " words");
        assertTrue(spanA(m).startsWith("Ваша телеграмма от 1.10.50 г. получена"), spanA(m));
        // 003's page break ("столкно-\n\n(см. сл. лист)\n\nПОДЛЕЖИТ ВОЗВРАТУ …") lies inside the one passage
        assertTrue(spanB(m).contains("(см. сл. лист)") && spanB(m).contains("мирного строительства"), spanB(m));
    }

    @Test
    void differentTranslationsOfMaosReplyAreNotAQuotation() {
        // 002 and 003 translate the same Russian reply independently: at most one sentence the two translators
        // happened to render alike ("We originally planned to move several volunteer divisions …") is found.
        List<Match> en = between(seedMatches, "002-en", "003-en");
        for (Match m : en) assertTrue(m.words() < 40, "short: " + m.words() + " words: " + spanA(m));
        int englishWords = en.stream().mapToInt(Match::words).sum();
        assertTrue(englishWords < longest(seedMatches, "002-ru", "003-ru").words() / 5, "the reply is not matched in English");
        // nor is the machine translation in 004 of the letter taken for 000's/001's translation
        assertEquals(List.of(), between(seedMatches, "000-en", "004-en"));
        assertEquals(List.of(), between(seedMatches, "001-en", "004-en"));
    }

    @Test
    void seedMatchesAreWithinLanguageAndAcrossFiles() {
        for (Match m : seedMatches) {
            assertEquals(m.a().language(), m.b().language());
            assertFalse(m.a().group().equals(m.b().group()));
            assertTrue(m.similarity() >= 0 && m.similarity() <= 1);
            assertTrue(m.aStart() < m.aEnd() && m.aEnd() <= m.a().text().length());
            assertTrue(m.bStart() < m.bEnd() && m.bEnd() <= m.b().text().length());
            assertTrue(new ArrayList<>(seeds.keySet()).indexOf(m.a().id()) < new ArrayList<>(seeds.keySet()).indexOf(m.b().id()));
        }
        // no match between the letter of 000 and Mao's reply in 002/003: different documents on one topic
        assertEquals(List.of(), between(seedMatches, "000-ru", "002-ru"));
        assertEquals(List.of(), between(seedMatches, "000-ru", "003-ru"));
    }

    // ------------------------------------------------------------------ hand-made pairs

    private static final String QUOTED_EN = """
            I considered it possible to turn to you with the question of five or six Chinese volunteer divisions
            because I was well aware of a number of statements made by the leading Chinese comrades regarding their
            readiness to move several armies in support of the Korean comrades if the enemy were to cross the 38th
            parallel. I explained the readiness of the Chinese comrades to send troops to Korea by the fact that China
            was interested in preventing the danger of the transformation of Korea into a springboard for a future
            militaristic Japan. While raising before you the question of dispatching troops to Korea, I considered
            five or six divisions a minimum, not a maximum, and I was proceeding from the following considerations:
            the United States, as the Korean events showed, is not ready at present for a big war.""";

    private static final String NOISY_EN = """
            I considered it possib1e to turn to you wiht the question of "five or six" Chinese volunteer
            divisions, because I was well aware of a number of statements made by the leading Chinese com-
            rades regarding their readiness to move several armies in support of the Korean comrades, if the
            enemy were to cross the 38th parallel; I explained the readiness of the Chinese comrades to send
            troops to Korea by the fact that China was very much interested in preventing the danger of the
            transformation of Korea into a springbaord for a future militaristic Japan. While raising before
            you the question of despatching troops to Korea, I considered five or six divisions a minimum --
            not a maximum -- and I was proceeding from the following considerations: the United States, as
            the Korean events have showed, is not ready at present for a big war.""";

    @Test
    void aQuotationWithOcrNoiseIsFoundWholeInEnglish() {
        String a = "Moscow, 5 October 1950. To Comrade Mao Zedong. I received your reply of 3 October.\n\n" + QUOTED_EN
                + "\n\nWith respect, Filippov.";
        String b = "Pyongyang, to Shtykov for Kim Il Sung. My reply was delayed by consultations with Peking. "
                + "I wrote to Mao Zedong as follows:\n" + NOISY_EN + "\nIn reply Mao agreed to send nine divisions later.";
        QuotationFinder f = new QuotationFinder();
        f.add(new Text("a", "A", "en", a));
        f.add(new Text("b", "B", "en", b));
        List<Match> ms = f.findAll();
        assertEquals(1, ms.size(), () -> ms.toString());
        Match m = ms.get(0);
        assertCovers(m.aStart(), m.aEnd(), a.indexOf(QUOTED_EN), a.indexOf(QUOTED_EN) + QUOTED_EN.length(), 0.9);
        assertCovers(m.bStart(), m.bEnd(), b.indexOf(NOISY_EN), b.indexOf(NOISY_EN) + NOISY_EN.length(), 0.9);
        int passageWords = Tokens.of(QUOTED_EN, "en", false).size;
        assertTrue(m.words() >= 0.9 * passageWords, m.words() + " of " + passageWords + " words");
        assertTrue(m.similarity() >= 0.9 && m.similarity() < 1, "similarity " + m.similarity());
        assertEquals("I considered it possible", a.substring(m.aStart(), m.aStart() + 24));
        assertEquals("I considered it possib1e", b.substring(m.bStart(), m.bStart() + 24));
    }

    /** The passage of 000 from "Я считал возможным" to "о пяти-шести дивизиях.", as printed in 000. */
    private static String russianPassage() throws IOException {
        String t = Files.readString(Path.of("seeds", S000), StandardCharsets.UTF_8);
        int s = t.indexOf("Я считал возможным");
        int e = t.indexOf("минимум о пяти-шести дивизиях.") + "минимум о пяти-шести дивизиях.".length();
        return t.substring(s, e);
    }

    /**
     * A noisy copy, deterministic: letters swapped, dropped or replaced by look-alikes in ~5% of the words,
     * punctuation changed, « » quotes, lines re-wrapped at ~70 characters, and three words inserted.
     */
    static String ocrCopy(String text, long seed) {
        Random r = new Random(seed);
        String[] words = text.replace("\n", " ").split(" +");
        List<String> out = new ArrayList<>();
        for (String w : words) {
            String x = w;
            if (x.length() >= 4 && r.nextDouble() < 0.05) {
                int i = 1 + r.nextInt(x.length() - 2);
                switch (r.nextInt(3)) {
                    case 0 -> x = x.substring(0, i) + x.charAt(i + 1) + x.charAt(i) + x.substring(i + 2);   // swap
                    case 1 -> x = x.substring(0, i) + x.substring(i + 1);                                      // drop
                    default -> x = x.substring(0, i) + (char) (x.charAt(i) == 'о' ? 'o' : 'с') + x.substring(i + 1); // look-alike
                }
            }
            if (r.nextDouble() < 0.05) x = x.replaceAll("[,;.]$", "") + (r.nextBoolean() ? ";" : " —");
            out.add(x);
        }
        for (String extra : List.of("именно", "также", "очень")) out.add(10 + r.nextInt(out.size() - 20), extra);
        out.set(0, "«" + out.get(0));
        out.set(out.size() - 1, out.get(out.size() - 1) + "»");
        StringBuilder sb = new StringBuilder();
        int line = 0;
        for (String w : out) {
            if (line > 0 && line + w.length() > 70) {
                sb.append('\n');
                line = 0;
            } else if (line > 0) {
                sb.append(' ');
                line++;
            }
            sb.append(w);
            line += w.length();
        }
        return sb.toString();
    }

    @Test
    void aQuotationWithOcrNoiseIsFoundWholeInRussian() throws IOException {
        String passage = russianPassage();
        String noisy = ocrCopy(passage, 7);
        assertFalse(noisy.contains(passage.substring(0, 200)), "the copy is noisy");
        String a = "ПЕКИН СОВПОСОЛ для МАО ЦЗЕ-ДУНА.\n\nВаш ответ получил.\n\n" + passage + "\n\nС уважением ФИЛИППОВ.";
        String b = "Товарищ Ким Ир Сен!\n\nМой ответ запоздал ввиду консультации с китайскими товарищами. Я ответил ему "
                + "следующим письмом:\n\n" + noisy + "\n\nВ ответ на это я получил от Мао письмо.";
        QuotationFinder f = new QuotationFinder();
        f.add(new Text("a", "A", "ru", a));
        f.add(new Text("b", "B", "ru", b));
        List<Match> ms = f.findAll();
        assertEquals(1, ms.size(), () -> ms.toString());
        Match m = ms.get(0);
        assertCovers(m.aStart(), m.aEnd(), a.indexOf(passage), a.indexOf(passage) + passage.length(), 0.9);
        assertCovers(m.bStart(), m.bEnd(), b.indexOf(noisy), b.indexOf(noisy) + noisy.length(), 0.9);
        int passageWords = Tokens.of(passage, "ru", false).size;
        assertTrue(m.words() >= 0.9 * passageWords, m.words() + " of " + passageWords + " words");
        assertTrue(m.similarity() >= 0.9, "similarity " + m.similarity());
    }

    private static void assertCovers(int start, int end, int passageStart, int passageEnd, double share) {
        int overlap = Math.max(0, Math.min(end, passageEnd) - Math.max(start, passageStart));
        double covered = (double) overlap / (passageEnd - passageStart);
        assertTrue(covered >= share, "the match [" + start + "," + end + ") covers " + covered + " of [" + passageStart + ","
                + passageEnd + ")");
        // and does not run far outside the passage
        assertTrue(end - start <= (passageEnd - passageStart) * 1.1, "match too long: " + (end - start));
    }

    @Test
    void aQuotationInterruptedByAnEditorsNoteIsFoundOnBothSidesOfTheNote() {
        String note = "[Editor's note: the following lines of the copy in the Presidential Archive are underlined in red"
                + " pencil and marked with a question mark in the margin, probably by Molotov.]";
        int cut = QUOTED_EN.indexOf("While raising");
        String b = "Copy. " + QUOTED_EN.substring(0, cut) + note + "\n" + QUOTED_EN.substring(cut) + " End of copy.";
        QuotationFinder f = new QuotationFinder();
        f.add(new Text("a", "1", "en", QUOTED_EN));
        f.add(new Text("b", "2", "en", b));
        List<Match> ms = f.findAll();
        assertFalse(ms.isEmpty());
        int covered = 0;
        for (Match m : ms) {
            covered += m.aEnd() - m.aStart();
            assertTrue(m.similarity() >= 0.9, "similarity " + m.similarity());
        }
        assertTrue(covered >= 0.9 * QUOTED_EN.length(), "both sides of the note: " + ms);
        // the note itself is never the matched text on both sides
        for (Match m : ms) assertFalse(QUOTED_EN.substring(m.aStart(), m.aEnd()).contains("Editor"));
    }

    @Test
    void aPassageQuotedTwiceGivesTwoMatches() {
        String b = "First: " + QUOTED_EN + "\n\nAnd once more, for the record:\n\n" + NOISY_EN + "\nEnd.";
        QuotationFinder f = new QuotationFinder();
        f.add(new Text("a", "1", "en", QUOTED_EN));
        f.add(new Text("b", "2", "en", b));
        List<Match> ms = f.findAll();
        assertEquals(2, ms.size(), () -> ms.toString());
        assertTrue(ms.get(0).bEnd() <= ms.get(1).bStart() || ms.get(1).bEnd() <= ms.get(0).bStart(), "two places in b");
        assertEquals(1.0, ms.stream().mapToDouble(Match::similarity).max().orElseThrow(), 1e-9);
    }

    private static final String LETTER_1 = """
            Dear Comrade Kim Il Sung, I have received your telegram of 12 October and discussed it with the members of
            the Politburo. The situation of the Korean comrades south of Pyongyang is serious but not hopeless. We believe
            that the Chinese volunteer divisions now assembling in Manchuria will be ready within two weeks, and their
            commanders have promised to coordinate every movement with your staff. You must hold the mountain passes north
            of the 38th parallel at any cost and keep the railway to Sinuiju open for supplies. Our advisers will remain
            with the Korean comrades and will help to organise new reserves from the units coming out of encirclement.
            Please report every evening on the position of the enemy and on the state of your divisions. Fuel and
            ammunition for five or six divisions are being sent by rail; the first trains leave Mukden tomorrow.
            With comradely greetings, Filippov.""";

    private static final String LETTER_2 = """
            To Comrade Mao Zedong. The Soviet government has carefully considered the question of the Chinese volunteer
            divisions and the help which the Korean comrades have asked for. In our opinion five or six divisions should be
            moved toward the 38th parallel without delay, while air cover over the bridges on the Yalu will be given by
            our fighter regiments based in Andong. The Korean comrades are exhausted after the retreat from the south, and
            their reserves cannot be formed without time. We therefore ask you to inform us of the date when your troops
            will be ready, and of the quantity of artillery, trucks and anti-tank weapons they lack. The enemy will
            certainly try to reach the Chinese border before winter. A detailed plan for supplying the divisions will be
            sent to you by the end of the week, and your answer will be reported to the Politburo at once.
            Respectfully, Filippov.""";

    @Test
    void unrelatedLettersOnOneTopicAreNotQuotations() {
        QuotationFinder f = new QuotationFinder();
        f.add(new Text("l1", "one", "en", LETTER_1));
        f.add(new Text("l2", "two", "en", LETTER_2));
        assertEquals(List.of(), f.findAll());
        // even with shorter shingles, which see the shared phrases ("the Korean comrades", "the 38th parallel")
        QuotationFinder f3 = new QuotationFinder(3, 20);
        f3.add(new Text("l1", "one", "en", LETTER_1));
        f3.add(new Text("l2", "two", "en", LETTER_2));
        assertEquals(List.of(), f3.findAll());
    }

    @Test
    void textsOfOneGroupAreNeverCompared() {
        QuotationFinder f = new QuotationFinder();
        f.add(new Text("x1", "file-x", "en", QUOTED_EN));
        f.add(new Text("x2", "file-x", "en", QUOTED_EN));
        assertEquals(List.of(), f.findAll(), "same group");
        f.add(new Text("y", "file-y", "en", NOISY_EN));
        List<Match> ms = f.findAll();
        assertEquals(List.of("x1~y", "x2~y"), ms.stream().map(m -> m.a().id() + "~" + m.b().id()).toList());
        // a null group is a group of its own
        QuotationFinder g = new QuotationFinder();
        g.add(new Text("p", null, "en", QUOTED_EN));
        g.add(new Text("q", null, "en", QUOTED_EN));
        assertEquals(1, g.findAll().size());
    }

    @Test
    void textsOfDifferentLanguagesAreNeverCompared() {
        QuotationFinder f = new QuotationFinder();
        f.add(new Text("x", "1", "ru", QUOTED_EN));
        f.add(new Text("y", "2", "en", QUOTED_EN));
        assertEquals(List.of(), f.findAll());
        f.add(new Text("z", "3", "EN", QUOTED_EN));
        assertEquals(List.of("y~z"), f.findAll().stream().map(m -> m.a().id() + "~" + m.b().id()).toList(), "tags compare case-blind");
    }

    @Test
    void anExactCopyHasSimilarityOneAndExactSpans() {
        String a = "Header of a.\n" + QUOTED_EN + "\nEnd of a.";
        String b = "Something else entirely, then: «" + QUOTED_EN.replace('\n', ' ') + "» and more.";
        QuotationFinder f = new QuotationFinder();
        f.add(new Text("a", "1", "en", a));
        f.add(new Text("b", "2", "en", b));
        Match m = f.findAll().get(0);
        assertEquals(1.0, m.similarity(), 1e-9);
        assertEquals(QUOTED_EN.substring(0, QUOTED_EN.length() - 1), a.substring(m.aStart(), m.aEnd()), "ends before the final period");
        assertEquals(QUOTED_EN.replace('\n', ' ').substring(0, QUOTED_EN.length() - 1), b.substring(m.bStart(), m.bEnd()));
        assertEquals(QUOTED_EN.split("[^\\p{L}\\p{N}]+").length, m.words());
    }

    @Test
    void shortSharedPassagesAreBelowTheMinimum() {
        String shared = "the Chinese comrades regarding their readiness to move several armies in support";   // 13 words
        QuotationFinder f = new QuotationFinder();
        f.add(new Text("a", "1", "en", "On 3 October we learnt of " + shared + " of Korea, which changes little."));
        f.add(new Text("b", "2", "en", "Stalin was told by Roshchin of " + shared + " of Kim Il Sung's army."));
        assertEquals(List.of(), f.findAll());
        QuotationFinder g = new QuotationFinder(5, 10);
        g.add(new Text("a", "1", "en", "On 3 October we learnt of " + shared + " of Korea, which changes little."));
        g.add(new Text("b", "2", "en", "Stalin was told by Roshchin of " + shared + " of Kim Il Sung's army."));
        assertEquals(1, g.findAll().size(), "found with a lower minimum");
    }

    @Test
    void theOutputIsDeterministic() throws IOException {
        List<Text> texts = new ArrayList<>();
        for (String file : List.of(S004, S002, S000, S003, S001)) {
            texts.addAll(byScript(file, Files.readString(Path.of("seeds", file), StandardCharsets.UTF_8)));
        }
        QuotationFinder f1 = new QuotationFinder();
        QuotationFinder f2 = new QuotationFinder();
        texts.forEach(f1::add);
        texts.forEach(f2::add);
        List<Match> first = f1.findAll();
        assertEquals(first, f1.findAll(), "the same finder twice");
        assertEquals(first, f2.findAll(), "two finders");
        assertEquals(describe(seedMatches).stream().sorted().toList(), describe(first).stream().sorted().toList(),
                "the same passages whatever the order of add");
        // the order is by (index of a, index of b, aStart, bStart)
        for (int i = 1; i < first.size(); i++) {
            Match p = first.get(i - 1);
            Match m = first.get(i);
            int c = Integer.compare(texts.indexOf(p.a()), texts.indexOf(m.a()));
            if (c == 0) c = Integer.compare(texts.indexOf(p.b()), texts.indexOf(m.b()));
            if (c == 0) c = Integer.compare(p.aStart(), m.aStart());
            assertTrue(c <= 0, "order at " + i);
        }
    }

    /** A match as an order-free string: the two spans sorted by id. */
    private static List<String> describe(List<Match> ms) {
        List<String> out = new ArrayList<>();
        for (Match m : ms) {
            String x = m.a().id() + "[" + m.aStart() + "," + m.aEnd() + ")";
            String y = m.b().id() + "[" + m.bStart() + "," + m.bEnd() + ")";
            out.add(x.compareTo(y) < 0 ? x + "~" + y : y + "~" + x);
        }
        return out;
    }

    @Test
    void constructorRejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new QuotationFinder(0, 20));
        assertThrows(IllegalArgumentException.class, () -> new QuotationFinder(5, 4));
    }

    // ------------------------------------------------------------------ normalisation

    private static List<String> words(String text, String language) {
        Tokens t = Tokens.of(text, language, true);
        return Arrays.asList(t.words).subList(0, t.size);
    }

    @Test
    void wordsAreNormalised() {
        // Latin M and a in a Cyrillic word; ё; quotes and punctuation dropped; case folded
        assertEquals(List.of("мао", "цзэдун", "ее", "ответ"), words("«Maо Цзэдун»: её ОТВЕТ!", "ru"));
        assertEquals(words("Мао", "ru"), words("Maо", "ru"));
        // a Cyrillic о in an English word
        assertEquals(List.of("korea", "and", "mao"), words("Kоrea and \"Mao\"", "en"));
        // stress accents dropped, a decomposed й recomposed, soft hyphens ignored
        assertEquals(List.of("который", "японского"), words("кото\u0301рыи\u0306 япон\u00ADского", "ru"));
        assertEquals(List.of("война"), words("война\u0301", "ru"));
    }

    @Test
    void hyphenatedLineEndsAreJoinedAndOffsetsMapBack() {
        String text = "от восстановления япон-\n\n114\n\n- 2 -\n\nского империализма, пяти-шести";
        Tokens t = Tokens.of(text, "ru", true);
        assertEquals(List.of("от", "восстановления", "японского", "империализма", "пяти", "шести"),
                Arrays.asList(t.words).subList(0, t.size));
        assertEquals("япон-\n\n114\n\n- 2 -\n\nского", text.substring(t.start[2], t.end[2]));
        for (int i = 0; i < t.size; i++) assertTrue(t.start[i] < t.end[i]);
        assertEquals("империализма", text.substring(t.start[3], t.end[3]));
        // not joined: a capital after the break, or no line break
        assertEquals(List.of("север", "корея"), words("север-\nКорея", "ru"));
        assertEquals(List.of("пяти", "шести"), words("пяти- шести", "ru"));
    }
}
