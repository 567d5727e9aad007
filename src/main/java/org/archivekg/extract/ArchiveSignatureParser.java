package org.archivekg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads archive signatures in all the notations met: {@code APRF, f. 45, op. 1, d. 347, listy 65-67},
 * {@code APRF, fond 45, opis 1, delo 334}, {@code AP RF. F. 45. Op. 1. D. 334. L. 99-103.},
 * {@code АП РФ. Ф.45. Оп.1. Д.334. Л.99-103.}, {@code RGASPI F. 558 Op. 11 D. 334 pp. 105-106}, and a
 * collection with an identifier ({@code Library of Congress, …, Volkogonov papers, …, mm97083838}).
 * Several archives in one text give several locations. Archive names and signature terms come from the lexicon.
 */
public final class ArchiveSignatureParser {
    private static final Pattern SPACE = Pattern.compile("\\s");
    private static final Pattern DASH = Pattern.compile("[–—]");


    /** A location found at {@code [start, end)} of the parsed text. */
    public record Located(int start, int end, ArchiveLocation location) {
    }

    private record Mention(int start, int end, Lexicon.Entry entry, boolean collection) {
    }

    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\p{L}\\d])[a-z]{1,4}\\d{5,}(?![\\p{L}\\d])");
    private static final Pattern STOP = Pattern.compile("Translated by|Translation by|<https?:|https?://", Pattern.CASE_INSENSITIVE);

    private final Lexicon lexicon;
    private final Pattern term;

    public ArchiveSignatureParser(Lexicon lexicon) {
        this.lexicon = lexicon;
        String terms = lexicon.signatureTerms().keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        this.term = Pattern.compile("(?<![\\p{L}])(" + terms + ")\\s*(\\d+[\\p{L}]?(?:\\s*[-–—]\\s*\\d+)?)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public List<Located> parse(String text) {
        List<Mention> mentions = mentions(text);
        Matcher stop = STOP.matcher(text);
        int limit = stop.find() ? stop.start() : text.length();
        List<Located> found = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.start() >= limit) break;
            if (m.collection() && i > 0 && belongsTo(m, mentions.get(i - 1))) continue; // read with its archive
            int segmentEnd = i + 1 < mentions.size() ? Math.min(mentions.get(i + 1).start(), limit) : limit;
            // a collection that follows its own archive belongs to this segment
            Mention collection = null;
            int j = i + 1;
            if (j < mentions.size() && belongsTo(mentions.get(j), m)) {
                collection = mentions.get(j);
                segmentEnd = j + 1 < mentions.size() ? Math.min(mentions.get(j + 1).start(), limit) : limit;
            }
            found.add(segment(text, m, collection, segmentEnd));
        }
        return found;
    }

    /** True when {@code collection} is a named collection of {@code archive}'s archive. */
    private boolean belongsTo(Mention collection, Mention archive) {
        return collection.collection() && !archive.collection()
                && lexicon.archiveOfCollection(collection.entry().key()).map(a -> a.equals(archive.entry().key())).orElse(false);
    }

    private Located segment(String text, Mention m, Mention collection, int segmentEnd) {
        Lexicon.Entry archive = m.entry();
        Lexicon.Entry coll = null;
        if (m.collection()) {
            coll = m.entry();
            archive = lexicon.archiveOfCollection(coll.key()).flatMap(k -> lexicon.entry("Archive", k)).orElse(m.entry());
        } else if (collection != null) {
            coll = collection.entry();
        }
        int from = (collection != null ? collection.end() : m.end());
        String segment = text.substring(from, segmentEnd);
        String[] levels = new String[5];
        int end = collection != null ? collection.end() : m.end();
        Matcher t = term.matcher(segment);
        while (t.find()) {
            Integer level = lexicon.signatureLevel(t.group(1));
            if (level == null || levels[level] != null) continue;
            levels[level] = DASH.matcher(SPACE.matcher(t.group(2)).replaceAll("")).replaceAll("-");
            end = from + t.end();
        }
        String identifier = null;
        if (levels[1] == null) {
            Matcher id = IDENTIFIER.matcher(segment);
            if (id.find()) {
                identifier = id.group();
                end = Math.max(end, from + id.end());
            }
        }
        ArchiveLocation loc = new ArchiveLocation(archive, coll, levels[1], levels[2], levels[3], levels[4], identifier);
        return new Located(m.start(), end, loc);
    }

    private List<Mention> mentions(String text) {
        List<Mention> mentions = new ArrayList<>();
        String lower = Lexicon.lower(text);
        addMentions(lower, lexicon.forms("Archive"), false, mentions);
        addMentions(lower, lexicon.forms("ArchivalCollection"), true, mentions);
        mentions.sort(Comparator.comparingInt(Mention::start));
        return mentions;
    }

    private static void addMentions(String lower, List<Lexicon.Form> forms, boolean collection, List<Mention> mentions) {
        for (Lexicon.Form f : forms) { // longest first: "Archive of the President … (APRF)" before "APRF"
            String form = f.lower();
            int at = lower.indexOf(form);
            while (at >= 0) {
                int s = at;
                int e = at + form.length();
                boolean bounded = (s == 0 || !Character.isLetterOrDigit(lower.charAt(s - 1)))
                        && (e == lower.length() || !Character.isLetterOrDigit(lower.charAt(e)) || !Character.isLetterOrDigit(lower.charAt(e - 1)));
                if (bounded && mentions.stream().noneMatch(x -> x.start() < e && s < x.end())) {
                    mentions.add(new Mention(s, e, f.entry(), collection));
                }
                at = lower.indexOf(form, at + 1);
            }
        }
    }
}
