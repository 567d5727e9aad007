package org.archivekg.extract;

/** What a claim says about the document it was read from. The value's Java type is given for each. */
public enum Field {
    /** {@link String}: the title as published. */
    TITLE,
    /** {@link Lexicon.Entry} of class DocumentKind. */
    KIND,
    /** {@link String}: the document's own number ("25199"). */
    DOCUMENT_NUMBER,
    /** {@link DateValue}: a date the document carries, by where it was read (see the rule id). */
    DATE,
    /** {@link Party}: who sent it. */
    SENDER,
    /** {@link Party}: to whom it is addressed. */
    RECIPIENT,
    /** {@link Boolean}: the recipients are alternatives ("A or B"). */
    ALTERNATIVE_RECIPIENTS,
    /** {@link Party}: an intermediary of the transmission (a person or an office at a place). */
    VIA,
    /** {@link Party}: a person on the copy list. */
    COPY_TO,
    /** {@link NameMention}: the name the document is signed with. */
    SIGNED_AS,
    /** {@link NameMention}: a pseudonym and (as qualifier) the person behind it. */
    PSEUDONYM,
    /** {@link ArchiveLocation}. */
    LOCATION,
    /** {@link String}: a bibliographic edition label ("Vestnik, 1996, No. 1, pp. 130-131"). */
    EDITION,
    /** {@link Lexicon.Entry} of class Publisher, or a {@link String} for an unknown publisher. */
    PUBLISHER,
    /** {@link String}: the document's URL. */
    URL,
    /** {@link NameMention}: a translator. */
    TRANSLATOR,
    /** {@link String}: the collection the page belongs to ("Tom 18"). */
    COLLECTION,
    /** {@link Lexicon.Entry} of class LanguageTerm. */
    ORIGINAL_LANGUAGE,
    /** {@link Boolean}: the English text is a machine translation. */
    MACHINE_TRANSLATED,
    /** {@link Lexicon.Entry} of class Place: where the document was sent from. */
    SENT_FROM,
    /** {@link String}: time of receipt ("12:15"). */
    RECEIVED_TIME,
    /** {@link HandlingNote}. */
    HANDLING_NOTE,
    /** {@link NameMention}: a capitalised name in the text that may be a person (resolution decides). */
    MENTION,
    /** {@link EmbeddedDocument}: another document's full text quoted inside this one. */
    EMBEDDED,
    /** {@link Reference}: a mention of another document ("your telegram of 1.10.50"). */
    REFERENCE
}
