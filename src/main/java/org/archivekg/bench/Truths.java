package org.archivekg.bench;

import java.util.ArrayList;
import java.util.List;

import org.archivekg.bench.Person.Origin;

/** Turns a written {@link Plan} into its ground-truth records. */
final class Truths {

    private Truths() {
    }

    static GroundTruth.Document document(Plan p) {
        String label = p.signer != null ? p.signer.latin() : p.sender.origin() == Origin.RUSSIAN ? p.sender.familyEn() : p.sender.latin();
        GroundTruth.SignedWith signed = new GroundTruth.SignedWith(p.sender.key(), p.signer == null ? null : p.signer.key(), label,
                List.copyOf(p.signedForms));
        GroundTruth.Via via = p.via != null ? new GroundTruth.Via(p.via.key(), null, AddressBlock.PLACES[p.place][0])
                : p.viaOffice ? new GroundTruth.Via(null, "Soviet ambassador", AddressBlock.PLACES[p.place][0]) : null;
        List<GroundTruth.Signature> signatures = new ArrayList<>();
        for (int i = 0; i < p.signatures.size(); i++) {
            GroundTruth.Signature s = p.signatures.get(i);
            String written = p.format.isRecord() ? p.writtenSignatures.get(i) : String.join(" | ", p.writtenSignatures);
            signatures.add(new GroundTruth.Signature(s.archive(), s.collection(), s.fond(), s.opis(), s.delo(), s.folios(), s.identifier(),
                    written, s.normalised()));
        }
        List<GroundTruth.Embedded> embedded = new ArrayList<>();
        if (p.embedded != null) {
            Plan.Embedded e = p.embedded;
            embedded.add(new GroundTruth.Embedded(e.id, e.sender.key(), e.recipient.key(), new GroundTruth.Date(e.date.toString(), p.embeddedWrittenDate),
                    p.transmits ? "transmitted" : "note", e.answers.file()));
        }
        List<GroundTruth.Reference> references = new ArrayList<>();
        if (p.replyTo != null) references.add(new GroundTruth.Reference("repliesTo", p.replyTo.file(), p.writtenReference));
        return new GroundTruth.Document(p.file, p.relativePath, p.format.label, p.format.variant, List.copyOf(p.languages), p.kind.key,
                p.sender.key(), signed, p.recipients.stream().map(Person::key).toList(), p.alternative, via,
                new GroundTruth.Date(p.date.toString(), p.writtenDate), signatures, p.number, p.kind == Plan.Kind.CIPHERED_TELEGRAM, embedded,
                references, p.translators.stream().map(Person::key).toList(), p.noisyWords);
    }

    static List<GroundTruth.Quotation> quotations(Plan p) {
        return p.quotes.stream().map(q -> new GroundTruth.Quotation(p.file, q.source().file(), q.language(), q.words(), q.whole())).toList();
    }
}
