package io.newsflow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./newsflow <command>}. */
@Command(
    name = "newsflow",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Kafka-native pipeline that turns raw news articles into structured knowledge.",
    subcommands = {
        DemoCommand.class,
        AnalyzeCommand.class,
        NerCommand.class,
        EvalCommand.class,
        TrainCommand.class,
        IngestCommand.class,
        TailCommand.class,
        ChaosCommand.class,
        BenchCommand.class,
        ServeCommand.class,
        ConfigCommand.class,
        CommandLine.HelpCommand.class
    },
    commandListHeading = "%nCommands:%n",
    footer = {"", "Run './newsflow <command> --help' for a command's options."})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    return new CommandLine(new Main())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          cmd.getErr().println(cmd.getColorScheme().errorText("newsflow " + cmd.getCommandName() + ": "
              + (e.getMessage() != null ? e.getMessage() : e.toString())));
          return 1;
        })
        .execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"newsflow " + (version != null ? version : "dev")};
    }
  }
}
