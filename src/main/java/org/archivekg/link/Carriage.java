package org.archivekg.link;

import java.util.List;

import org.archivekg.extract.Evidence;

/** The publication of a file carries or mentions a Record it does not publish (the catalogue's carriedIn). */
public record Carriage(String record, List<Evidence> evidence, String rule) {
}
