package org.archivekg.search;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.archivekg.resolve.NameNormalizer;

/**
 * Indexes and queries names by their Latin key, so that a name meets its forms in either script: each word is put
 * in the nominative where its ending can only be an oblique case ({@code Штыкову} → {@code Штыков}) and
 * transliterated (ICU {@code Russian-Latin/BGN}: {@code shtykov}), the same keys the resolver compares by.
 */
public final class NameAnalyzer extends Analyzer {

    private static final NameNormalizer NORMALIZER = new NameNormalizer();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new LatinKeyFilter(source));
    }

    /** Replaces each token by its Latin name key; drops tokens that have no letters. */
    private static final class LatinKeyFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        LatinKeyFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            while (input.incrementToken()) {
                String key = NORMALIZER.latinKey(NORMALIZER.nominative(term.toString()));
                if (key.isEmpty()) continue;
                term.setEmpty().append(key);
                return true;
            }
            return false;
        }
    }
}
