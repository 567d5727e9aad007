package org.archivekg.extract;

/** One fact read from a document: what it says ({@link Field}), its value, and its evidence. */
public record Claim(Field field, Object value, Evidence evidence) {

    public Claim {
        if (field == null || value == null || evidence == null) throw new IllegalArgumentException("incomplete claim");
    }

    public String rule() {
        return evidence.rule();
    }

    public <T> T value(Class<T> type) {
        return type.cast(value);
    }
}
