package org.archivekg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.archivekg.rdf.Vocab;
import org.apache.lucene.store.FSDirectory;

/**
 * What the full-text index holds, and how. Two fields:
 * <ul>
 *   <li>{@code text}: the passages' texts ({@code akg:passageText}). The index is multilingual: each literal is also
 *       indexed with the analyzer of its language tag (Lucene's {@code RussianAnalyzer} with Snowball stemming for
 *       {@code @ru}, {@code EnglishAnalyzer} for {@code @en}), which a query selects with {@code "lang:ru"}, so
 *       {@code дивизии}, {@code дивизий} and {@code дивизиями} find each other.</li>
 *   <li>{@code name}: the name forms of people ({@code skos:prefLabel}, {@code skos:altLabel} from the authority and
 *       {@code akg:writtenForm} as documents write them), analyzed by {@link NameAnalyzer} into Latin keys, so
 *       {@code Shtykov} finds the person written {@code Штыкову}.</li>
 * </ul>
 * Each entry has a uid (a hash of graph, subject, field, value and language), which jena-text needs to delete an
 * entry when its triple is deleted: a removed file's entries go with its graph. There is no graph field on purpose:
 * with one, a text query outside {@code GRAPH} would look only for entries of the default graph, and every triple of
 * ours lies in a named graph (one per source file). It lives in the store's directory
 * ({@value #DIRECTORY}) and is updated inside the store's transactions by jena-text's {@link DatasetGraphText}.
 */
public final class SearchIndex {

    /** The index's folder inside the store's directory. */
    public static final String DIRECTORY = "text-index";
    public static final String TEXT_FIELD = "text";
    public static final String NAME_FIELD = "name";

    private static final List<Node> NAME_PROPERTIES = List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), Vocab.writtenForm.asNode());

    private SearchIndex() {
    }

    static EntityDefinition entityDefinition() {
        EntityDefinition def = new EntityDefinition("uri", TEXT_FIELD, Vocab.passageText.asNode());
        for (Node p : NAME_PROPERTIES) def.set(NAME_FIELD, p);
        def.setAnalyzer(NAME_FIELD, new NameAnalyzer());
        def.setLangField("lang");
        def.setUidField("uid");
        return def;
    }

    /** The store's dataset with the text index of its directory attached (created if missing). */
    public static Dataset attach(Dataset store, Path storeDirectory) {
        Path dir = storeDirectory.resolve(DIRECTORY);
        try {
            Files.createDirectories(dir);
            TextIndexConfig config = new TextIndexConfig(entityDefinition());
            config.setMultilingualSupport(true);
            config.setValueStored(true);
            return TextDatasetFactory.createLucene(store, FSDirectory.open(dir), config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index in " + dir, e);
        }
    }

    /** Whether an index folder exists in the store's directory (a store made before the index had none). */
    public static boolean exists(Path storeDirectory) {
        return Files.isDirectory(storeDirectory.resolve(DIRECTORY));
    }

    /**
     * Empties the index and indexes every indexed triple of the store again, as Jena's {@code textindexer} does, and
     * merges it into one segment.
     *
     * @return the number of entries indexed
     */
    public static long rebuild(Dataset withIndex) {
        DatasetGraph dsg = withIndex.asDatasetGraph();
        if (!(dsg instanceof DatasetGraphText text) || !(text.getTextIndex() instanceof TextIndexLucene index)) {
            throw new IllegalArgumentException("the dataset has no Lucene text index");
        }
        DatasetGraph base = text.getWrapped();
        EntityDefinition def = index.getDocDef();
        long[] count = {0};
        Txn.executeRead(base, () -> {
            try {
                index.getIndexWriter().deleteAll();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot empty the text index", e);
            }
            for (Node property : indexedProperties()) {
                for (Iterator<Quad> it = base.find(Node.ANY, Node.ANY, property, Node.ANY); it.hasNext(); ) {
                    Entity entity = TextQueryFuncs.entityFromQuad(def, it.next());
                    if (entity != null) {
                        index.addEntity(entity);
                        count[0]++;
                    }
                }
            }
            try {
                // one segment: jena-text opens a reader per text query, and opening a reader opens every segment
                // (11 of them after a rebuild of 18 M quads, two thirds of a query's time on that store)
                index.getIndexWriter().forceMerge(1);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot merge the text index", e);
            }
            index.commit();
        });
        return count[0];
    }

    static List<Node> indexedProperties() {
        List<Node> all = new java.util.ArrayList<>(NAME_PROPERTIES);
        all.add(0, Vocab.passageText.asNode());
        return all;
    }
}
