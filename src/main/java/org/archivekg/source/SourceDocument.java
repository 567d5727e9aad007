package org.archivekg.source;

import java.util.List;
import java.util.Optional;

/**
 * The neutral model of one source file, whatever its format: its sections in file order, each with its
 * text and position. Immutable.
 */
public record SourceDocument(String path, String fileName, SourceFormat format, SourceText text, List<Section> sections) {

    public SourceDocument {
        sections = List.copyOf(sections);
    }

    public List<Section> sections(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).toList();
    }

    public List<Section> sections(SectionKind kind, Language language) {
        return sections.stream().filter(s -> s.kind() == kind && s.language() == language).toList();
    }

    public Optional<Section> first(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst();
    }
}
