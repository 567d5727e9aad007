package tmp;

import java.nio.file.*;
import java.util.List;
import org.apache.jena.query.*;
import org.apache.jena.system.Txn;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.store.Store;
import org.junit.jupiter.api.Test;

class TmpPrintTest {
    @Test
    void print() throws Exception {
        Path dir = Files.createTempDirectory("tmpstore");
        try (Store store = Store.open(dir)) {
            store.load(Pipeline.builder().build(), List.of(Path.of("seeds")));
            for (String q : System.getProperty("queries").split(",")) {
                String text = Files.readString(Path.of(q));
                Txn.executeRead(store.dataset(), () -> {
                    try (QueryExecution qe = QueryExecutionFactory.create(text, store.dataset())) {
                        System.out.println("=== " + q);
                        System.out.println(ResultSetFormatter.asText(qe.execSelect()));
                    }
                });
            }
        }
    }
}
