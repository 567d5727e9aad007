package org.archivekg.cli;

import org.archivekg.Version;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java -jar target/archive-kg.jar <command> …}. */
@Command(name = "archive-kg",
        mixinStandardHelpOptions = true,
        versionProvider = ArchiveKg.VersionProvider.class,
        description = {
                "Archive KG: reads archival letters and telegrams (digital-archive records, collection pages, index pages),",
                "turns them into RDF with evidence for every fact, and serves them from a SPARQL endpoint."},
        subcommands = {ExtractCommand.class, LoadCommand.class, ServeCommand.class, ExportCommand.class, ValidateCommand.class, RemoveCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 all input read; 1 some input could not be read (the rest was processed); 2 usage error."})
public final class ArchiveKg implements Runnable {

    /** Some input failed; the rest was processed. */
    public static final int EXIT_INPUT_FAILED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        return new CommandLine(new ArchiveKg()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"archive-kg " + Version.VERSION};
        }
    }
}
