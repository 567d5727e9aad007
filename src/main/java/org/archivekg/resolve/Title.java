package org.archivekg.resolve;

/** A title as published, with its language tag ("en", "ru"). */
public record Title(String text, String language) {
}
