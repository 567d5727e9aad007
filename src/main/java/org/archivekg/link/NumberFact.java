package org.archivekg.link;

import org.archivekg.extract.Evidence;

/** A Record's number learnt from another document ("the answer … to your No. 4581"), which its own page does not print. */
public record NumberFact(String record, String number, Evidence evidence) {
}
