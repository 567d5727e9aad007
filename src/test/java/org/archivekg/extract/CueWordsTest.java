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
        CueWords sent = new CueWords(List.of("sent", "wrote", "послал"));
        assertEquals(7, sent.firstIn("Then I wrote and sent it"));
        assertEquals(-1, sent.firstIn("absent; resentment; overwrote"));
        assertEquals(2, sent.firstIn("Я ПОСЛАЛ"));
        assertEquals(0, sent.firstIn("Sent."));
    }

    @Test
    void capitalIOnlyInCapitals() {
        CueWords firstPerson = new CueWords(List.of("I", "я"));
        assertEquals(-1, firstPerson.firstIn("i think, in it"));
        assertEquals(9, firstPerson.firstIn("Then and I"));
        assertEquals(0, firstPerson.firstIn("Я"));
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
        for (String role : ROLES) {
            List<String> cues = lexicon.cueForms(role);
            CueWords words = new CueWords(cues);
            for (String t : texts) {
                int expected = byRegex(cues, t);
                assertEquals(expected, words.firstIn(t), () -> role + " in «" + t + "»");
                if (expected >= 0) found++;
            }
        }
        assertEquals(true, found > 1000, "the texts hold cues: " + found);
    }
}
