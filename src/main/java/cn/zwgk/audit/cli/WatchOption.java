package cn.zwgk.audit.cli;

import java.io.InputStream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --watch} option of the commands that can stay resident, and the input whose end stops
 * them. Each command says what it watches in the bundle ({@code zwgk.<command>.watch}).
 */
final class WatchOption {
    @Option(names = "--watch", descriptionKey = "watch")
    boolean on;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** What the watch reads to learn when to stop: it ends at end of input. */
    InputStream in() {
        return ((Main) command.root().userObject()).in;
    }
}
