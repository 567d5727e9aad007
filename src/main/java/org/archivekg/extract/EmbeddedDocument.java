package org.archivekg.extract;

import org.archivekg.source.TextSpan;

/**
 * A document whose full text sits inside this one: "Reply from Mao Zedong: «…» Mao Zedong. 2.10.50". Its
 * sender, the date it closes with, whether it answers a document of this one's addressee ("the answer of X to
 * your No. 4581") or this document itself (an editor's "Reply from X"), the number it answers, and the spans of
 * the introducing line and of the quoted block.
 */
public record EmbeddedDocument(NameMention sender, DateValue date, boolean answersAddresseesDocument, String answersNumber,
                               TextSpan intro, TextSpan block) {
}
