package org.archivekg;

/** The extractor's version: part of every graph's provenance, so that a changed extractor is visible in the data. */
public final class Version {

    public static final String VERSION = "0.1.0";

    private Version() {
    }
}
