package org.archivekg.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.archivekg.bench.Person.Pseudonym;

/**
 * Everything decided about one generated document before it is written: its format, correspondents, date,
 * archive signatures, texts and links to earlier documents. The writers add what they printed (the written forms).
 */
final class Plan {

    /** The source formats, with the digital-archive record's two markdown variants. */
    enum Format {
        RECORD_HEADINGS("digital-archive-record", "headings"), RECORD_BOLD("digital-archive-record", "bold-lines"),
        COLLECTION_PAGE("collection-page", null), INDEX_PAGE("index-page", null);

        final String label;
        final String variant;

        Format(String label, String variant) {
            this.label = label;
            this.variant = variant;
        }

        boolean isRecord() {
            return this == RECORD_HEADINGS || this == RECORD_BOLD;
        }
    }

    /** Kinds of document: the lexicon key, and the words titles, headers and references use. */
    enum Kind {
        LETTER("letter", "Letter", "Письмо", "letter", "письмо", "Ваше", "получено"),
        TELEGRAM("telegram", "Telegram", "Телеграмма", "telegram", "телеграмма", "Ваша", "получена"),
        CIPHERED_TELEGRAM("cipheredTelegram", "Ciphered Telegram", "Шифртелеграмма", "telegram", "телеграмма", "Ваша", "получена"),
        REPORT("report", "Report", "Доклад", "report", "доклад", "Ваш", "получен"),
        MEMORANDUM("memorandum", "Memorandum", "Записка", "memorandum", "записка", "Ваша", "получена");

        final String key;
        final String titleEn;
        final String titleRu;
        final String nounEn;
        final String nounRu;
        final String yourRu;
        final String receivedRu;

        Kind(String key, String titleEn, String titleRu, String nounEn, String nounRu, String yourRu, String receivedRu) {
            this.key = key;
            this.titleEn = titleEn;
            this.titleRu = titleRu;
            this.nounEn = nounEn;
            this.nounRu = nounRu;
            this.yourRu = yourRu;
            this.receivedRu = receivedRu;
        }
    }

    /** What a later document needs of an earlier one (not the Plan itself: plans must not keep each other alive). */
    record Ref(String file, LocalDate date, Kind kind, int number) {
    }

    /** A passage of an earlier document planted in this one. */
    record Quote(String language, Ref source, String passage, int words, boolean whole) {
    }

    /** A reply carried whole inside other documents (a collection page's note, a telegram that transmits it). */
    static final class Embedded {
        String id;
        Person sender;
        Person recipient;
        LocalDate date;
        Ref answers;
        final Map<String, List<String>> body = new HashMap<>();
        final List<String> carriers = new ArrayList<>();
    }

    int index;
    String file;
    String relativePath;
    Format format;
    Kind kind;
    Person sender;
    Pseudonym signer;
    final List<Person> recipients = new ArrayList<>();
    Pseudonym recipientAlias;
    boolean alternative;
    Person via;
    boolean viaOffice;
    int place = -1;
    LocalDate date;
    int number;
    final List<GroundTruth.Signature> signatures = new ArrayList<>();
    final List<Notation.Archive> archives = new ArrayList<>();
    final List<String> languages = new ArrayList<>();
    final Map<String, List<String>> body = new HashMap<>();
    final Map<String, boolean[]> quoted = new HashMap<>();
    Ref replyTo;
    boolean replyByNumber;
    final List<Quote> quotes = new ArrayList<>();
    Embedded embedded;
    boolean transmits;
    final List<Person> translators = new ArrayList<>();
    int volume;

    // what the writers printed
    String writtenDate;
    final List<String> signedForms = new ArrayList<>();
    final List<String> writtenSignatures = new ArrayList<>();
    String writtenReference;
    String embeddedWrittenDate;
    int noisyWords;

    Ref ref() {
        return new Ref(file, date, kind, number);
    }

    boolean hasLanguage(String lang) {
        return languages.contains(lang);
    }
}
