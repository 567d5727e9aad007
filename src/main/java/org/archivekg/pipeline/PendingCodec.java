package org.archivekg.pipeline;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.archivekg.extract.DateValue;
import org.archivekg.extract.Evidence;
import org.archivekg.extract.Lexicon;
import org.archivekg.extract.Reference;
import org.archivekg.link.LinkSummary;
import org.archivekg.rdf.GraphMapper;
import org.archivekg.rdf.WrittenQuads;
import org.archivekg.resolve.PersonRef;
import org.archivekg.resolve.ResolvedReference;
import org.archivekg.source.TextSpan;

/**
 * A {@link PendingDocument} as bytes and back, field by field: what a run spills to disk while its documents stream
 * ({@link PendingLog}). Reading gives records equal to those written. Written and read by one run of one version,
 * so the format has no version of its own.
 */
final class PendingCodec {

    private PendingCodec() {
    }

    static void write(DataOutput out, PendingDocument p) throws IOException {
        string(out, p.file().toString());
        linkSummary(out, p.links());
        string(out, p.context().fileName());
        out.writeInt(p.context().unresolvedLabels().size());
        for (Map.Entry<String, String> e : p.context().unresolvedLabels().entrySet()) {
            string(out, e.getKey());
            string(out, e.getValue());
        }
        long[] written = p.context().written().toArray();
        out.writeInt(written.length);
        for (long w : written) out.writeLong(w);
        out.writeInt(p.quads());
        summary(out, p.summary());
    }

    static PendingDocument read(DataInput in) throws IOException {
        Path file = Path.of(string(in));
        LinkSummary links = linkSummary(in);
        String contextFile = string(in);
        int labels = in.readInt();
        Map<String, String> unresolved = new HashMap<>();
        for (int i = 0; i < labels; i++) unresolved.put(string(in), string(in));
        long[] written = new long[in.readInt()];
        for (int i = 0; i < written.length; i++) written[i] = in.readLong();
        int quads = in.readInt();
        return new PendingDocument(file, links, new GraphMapper.LinkContext(contextFile, unresolved, WrittenQuads.of(written)), quads,
                summary(in));
    }

    // ---------------------------------------------------------------- the run report's part

    private static void summary(DataOutput out, RunReport.DocumentSummary s) throws IOException {
        string(out, s.file());
        string(out, s.format());
        string(out, s.record());
        out.writeInt(s.quads());
        strings(out, s.unresolvedNames());
        strings(out, s.conflictingDates());
    }

    private static RunReport.DocumentSummary summary(DataInput in) throws IOException {
        return new RunReport.DocumentSummary(string(in), string(in), string(in), in.readInt(), strings(in), strings(in));
    }

    /** A document summary alone, as the run report keeps them on disk. */
    static void writeSummary(DataOutput out, RunReport.DocumentSummary s) throws IOException {
        summary(out, s);
    }

    static RunReport.DocumentSummary readSummary(DataInput in) throws IOException {
        return summary(in);
    }

    // ---------------------------------------------------------------- the link summary

    private static void linkSummary(DataOutput out, LinkSummary s) throws IOException {
        string(out, s.fileName());
        string(out, s.recordKey());
        date(out, s.date());
        string(out, s.documentNumber());
        strings(out, s.senders());
        strings(out, s.recipients());
        out.writeInt(s.embedded().size());
        for (LinkSummary.Carried c : s.embedded()) carried(out, c);
        out.writeInt(s.references().size());
        for (ResolvedReference r : s.references()) reference(out, r);
    }

    private static LinkSummary linkSummary(DataInput in) throws IOException {
        String fileName = string(in);
        String recordKey = string(in);
        DateValue date = date(in);
        String number = string(in);
        List<String> senders = strings(in);
        List<String> recipients = strings(in);
        int n = in.readInt();
        List<LinkSummary.Carried> embedded = new ArrayList<>(n);
        for (int i = 0; i < n; i++) embedded.add(carried(in));
        n = in.readInt();
        List<ResolvedReference> references = new ArrayList<>(n);
        for (int i = 0; i < n; i++) references.add(reference(in));
        return new LinkSummary(fileName, recordKey, date, number, senders, recipients, embedded, references);
    }

    private static void carried(DataOutput out, LinkSummary.Carried c) throws IOException {
        string(out, c.key());
        person(out, c.sender());
        out.writeInt(c.recipients().size());
        for (PersonRef p : c.recipients()) person(out, p);
        date(out, c.date());
        string(out, c.answersNumber());
        ints(out, c.blockStarts());
        ints(out, c.blockEnds());
        span(out, c.firstIntro());
    }

    private static LinkSummary.Carried carried(DataInput in) throws IOException {
        String key = string(in);
        PersonRef sender = person(in);
        int n = in.readInt();
        List<PersonRef> recipients = new ArrayList<>(n);
        for (int i = 0; i < n; i++) recipients.add(person(in));
        return new LinkSummary.Carried(key, sender, recipients, date(in), string(in), ints(in), ints(in), span(in));
    }

    private static void reference(DataOutput out, ResolvedReference r) throws IOException {
        out.writeByte(r.type().ordinal());
        string(out, r.inDocument());
        person(out, r.from());
        person(out, r.to());
        date(out, r.date());
        out.writeInt(r.otherReadings().size());
        for (ResolvedReference.Reading reading : r.otherReadings()) {
            date(out, reading.date());
            string(out, reading.original());
            evidence(out, reading.evidence());
        }
        entry(out, r.kind());
        string(out, r.number());
        out.writeBoolean(r.inResponse());
        out.writeInt(r.evidence().size());
        for (Evidence e : r.evidence()) evidence(out, e);
    }

    private static ResolvedReference reference(DataInput in) throws IOException {
        Reference.Type type = Reference.Type.values()[in.readByte()];
        String inDocument = string(in);
        PersonRef from = person(in);
        PersonRef to = person(in);
        DateValue date = date(in);
        int n = in.readInt();
        List<ResolvedReference.Reading> readings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) readings.add(new ResolvedReference.Reading(date(in), string(in), evidence(in)));
        Lexicon.Entry kind = entry(in);
        String number = string(in);
        boolean inResponse = in.readBoolean();
        n = in.readInt();
        List<Evidence> evidence = new ArrayList<>(n);
        for (int i = 0; i < n; i++) evidence.add(evidence(in));
        return new ResolvedReference(type, inDocument, from, to, date, readings, kind, number, inResponse, evidence);
    }

    // ---------------------------------------------------------------- small values (null where the model allows it)

    private static void evidence(DataOutput out, Evidence e) throws IOException {
        out.writeBoolean(e != null);
        if (e == null) return;
        span(out, e.span());
        string(out, e.rule());
    }

    private static Evidence evidence(DataInput in) throws IOException {
        return in.readBoolean() ? new Evidence(span(in), string(in)) : null;
    }

    private static void span(DataOutput out, TextSpan s) throws IOException {
        out.writeBoolean(s != null);
        if (s == null) return;
        string(out, s.file());
        out.writeInt(s.start());
        out.writeInt(s.end());
        out.writeInt(s.line());
        out.writeInt(s.column());
        string(out, s.text());
    }

    private static TextSpan span(DataInput in) throws IOException {
        return in.readBoolean() ? new TextSpan(string(in), in.readInt(), in.readInt(), in.readInt(), in.readInt(), string(in)) : null;
    }

    private static void person(DataOutput out, PersonRef p) throws IOException {
        out.writeBoolean(p != null);
        if (p == null) return;
        string(out, p.key());
        string(out, p.label());
        out.writeBoolean(p.resolved());
    }

    private static PersonRef person(DataInput in) throws IOException {
        return in.readBoolean() ? new PersonRef(string(in), string(in), in.readBoolean()) : null;
    }

    private static void entry(DataOutput out, Lexicon.Entry e) throws IOException {
        out.writeBoolean(e != null);
        if (e == null) return;
        string(out, e.key());
        string(out, e.iri());
        string(out, e.label());
        string(out, e.notation());
    }

    private static Lexicon.Entry entry(DataInput in) throws IOException {
        return in.readBoolean() ? new Lexicon.Entry(string(in), string(in), string(in), string(in)) : null;
    }

    private static void date(DataOutput out, DateValue d) throws IOException {
        out.writeBoolean(d != null);
        if (d == null) return;
        out.writeInt(d.year());
        integer(out, d.month());
        integer(out, d.day());
    }

    private static DateValue date(DataInput in) throws IOException {
        return in.readBoolean() ? new DateValue(in.readInt(), integer(in), integer(in)) : null;
    }

    private static void integer(DataOutput out, Integer i) throws IOException {
        out.writeBoolean(i != null);
        if (i != null) out.writeInt(i);
    }

    private static Integer integer(DataInput in) throws IOException {
        return in.readBoolean() ? in.readInt() : null;
    }

    private static void ints(DataOutput out, int[] a) throws IOException {
        out.writeInt(a.length);
        for (int i : a) out.writeInt(i);
    }

    private static int[] ints(DataInput in) throws IOException {
        int[] a = new int[in.readInt()];
        for (int i = 0; i < a.length; i++) a[i] = in.readInt();
        return a;
    }

    private static void strings(DataOutput out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) string(out, s);
    }

    private static List<String> strings(DataInput in) throws IOException {
        int n = in.readInt();
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) list.add(string(in));
        return list;
    }

    /** UTF-8 with a length (-1: null); not {@code writeUTF}, which stops at 64 KB. */
    static void string(DataOutput out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String string(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) return null;
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
