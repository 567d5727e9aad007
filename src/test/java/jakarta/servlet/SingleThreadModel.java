package jakarta.servlet;

/**
 * Servlet 5's marker interface, removed in Servlet 6. The test class path holds Servlet 6.1 (Fuseki's Jetty 12 needs
 * it), and Spark 4's own (shaded) Jetty 11 asks {@code servlet instanceof SingleThreadModel} when a SparkContext
 * registers its metrics servlet, even with the web UI off; without this interface no SparkContext starts in the
 * tests. Test code only: a Spark cluster brings its own Servlet 5 API, and target/archive-kg.jar holds no Spark.
 */
@Deprecated
public interface SingleThreadModel {
}
