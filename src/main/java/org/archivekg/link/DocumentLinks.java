package org.archivekg.link;

import java.util.ArrayList;
import java.util.List;

/** What linking found whose evidence lies in one source file: its facts go to that file's graph. */
public record DocumentLinks(List<RecordLink> relations, List<DerivedRecord> records, List<Carriage> carriages,
                            List<NumberFact> numbers, List<QuotationLink> quotations) {

    public static DocumentLinks empty() {
        return new DocumentLinks(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }
}
