package dev.pairpad.cli;

import dev.pairpad.api.protocol.LanguageInfo;
import dev.pairpad.api.protocol.RestCodec;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code interview languages}: the languages the server can run. */
@Command(name = "languages", mixinStandardHelpOptions = true,
        description = {"List the languages rooms can use.", "The ids are what 'interview create --language' takes."},
        footerHeading = "%nExamples:%n",
        footer = {"  interview languages", "  interview languages --json"})
final class LanguagesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions serverOptions;

    @Option(names = "--json", description = "Print the server's JSON array.")
    boolean json;

    private final CliContext context;

    LanguagesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<LanguageInfo> languages = new Connect(context, serverOptions).client().languages();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(RestCodec.encodeLanguages(languages));
            out.flush();
            return ExitCodes.OK;
        }
        Table table = new Table("ID", "NAME", "FILE");
        languages.forEach(l -> table.row(l.id(), l.name(), l.fileName()));
        table.print(out);
        return ExitCodes.OK;
    }
}
