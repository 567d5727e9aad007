package org.archivekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class CueWordsTest {

    private static final List<String> ROLES = List.of("secondPerson", "firstPerson", "sentVerb", "receivedVerb", "repliedVerb",
            "inResponse", "future", "replyNoun");

    @Test
    void findsTheEarliestCueAsAWholeWord() {
        CueWords sent = new CueWords(List.of(List.of("sent", "wrote", "послал")));
        assertEquals(7, sent.firstIn("Then I wrote and sent it")[0]);
        assertEquals(-1, sent.firstIn("absent; resentment; overwrote")[0]);
        assertEquals(2, sent.firstIn("Я ПОСЛАЛ")[0]);
        assertEquals(0, sent.firstIn("Sent.")[0]);
    }

    @Test
    void capitalIOnlyInCapitals() {
        CueWords firstPerson = new CueWords(List.of(List.of("I", "я")));
        assertEquals(-1, firstPerson.firstIn("i think, in it")[0]);
        assertEquals(9, firstPerson.firstIn("Then and I")[0]);
        assertEquals(0, firstPerson.firstIn("Я")[0]);
    }

    @Test
    void answersForEverySetInOnePass() {
        CueWords sets = new CueWords(List.of(List.of("I"), List.of("sent", "wrote"), List.of("your"), List.of("replied")));
        assertEquals(List.of(5, 7, 22, -1), java.util.Arrays.stream(sets.firstIn("Then I wrote it; sent your letter")).boxed().toList());
    }

    @Test
    void sentenceEndsAreThoseOfTheRegex() {
        Pattern sentenceEnd = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\"«“\\[(])");
        String[] pieces = {".", "!", "?", " ", "  ", "\t", "\u00a0", "A", "a", "Ж", "ж", "\"", "«", "“", "[", "(", "\ud835\udc00", "1", "...", "\r", "\n"};
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) sb.append(pieces[random.nextInt(pieces.length)]);
            String t = sb.toString();
            List<Integer> expected = new ArrayList<>();
            Matcher m = sentenceEnd.matcher(t);
            while (m.find()) expected.add(m.start() - 1); // the punctuation before the white space
            List<Integer> actual = new ArrayList<>();
            int from = 0;
            for (int end = ReferenceRule.sentenceEnd(t, 0); end >= 0; end = ReferenceRule.sentenceEnd(t, from)) {
                actual.add(end);
                from = end + 1;
                while (from < t.length() && Character.isWhitespace(t.charAt(from)) && t.charAt(from) != '\u00a0') from++;
            }
            assertEquals(expected, actual, () -> "«" + t + "»");
        }
    }

    /** The regex it replaces, as ReferenceRule had it: one pattern per cue, the earliest match wins. */
    private static int byRegex(List<String> cues, String text) {
        int best = -1;
        for (String f : cues) {
            int flags = f.equals("I") ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(f) + "(?![\\p{L}])", flags).matcher(text);
            if (m.find() && (best < 0 || m.start() < best)) best = m.start();
        }
        return best;
    }

    @Test
    void agreesWithTheRegexOnTheSeedsAndOnMixedText() throws Exception {
        Lexicon lexicon = Lexicon.standard();
        List<String> texts = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path p : seeds.sorted().toList()) texts.addAll(Files.readString(p).lines().toList());
        }
        // cues glued to letters, digits and marks, in changed case, with letters of other scripts around them
        Random random = new Random(3);
        List<String> all = ROLES.stream().flatMap(r -> lexicon.cueForms(r).stream()).collect(Collectors.toList());
        String[] glue = {"", " ", "-", "x", "Ж", "1", ".", "\u00df", "\ud835\udc00", "İ", "ı"};
        for (int i = 0; i < 5000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 4; k++) {
                String cue = all.get(random.nextInt(all.size()));
                if (random.nextBoolean()) cue = random.nextBoolean() ? cue.toUpperCase() : cue.toLowerCase();
                sb.append(glue[random.nextInt(glue.length)]).append(cue).append(glue[random.nextInt(glue.length)]);
            }
            texts.add(sb.toString());
        }
        int found = 0;
        CueWords words = new CueWords(ROLES.stream().map(lexicon::cueForms).toList());
        for (String t : texts) {
            int[] at = words.firstIn(t);
            for (int r = 0; r < ROLES.size(); r++) {
                int expected = byRegex(lexicon.cueForms(ROLES.get(r)), t);
                String role = ROLES.get(r);
                assertEquals(expected, at[r], () -> role + " in «" + t + "»");
                if (expected >= 0) found++;
            }
        }
        assertEquals(true, found > 1000, "the texts hold cues: " + found);
    }
}
