package io.serialscope.maven;

import io.serialscope.cli.SerialscopeCommand;
import io.serialscope.cli.gate.GateConfigFile;
import io.serialscope.cli.headline.InputException;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import picocli.CommandLine;

/**
 * Goal {@code serialscope:gate}, bound to {@code verify}: runs {@code serialscope gate} in the
 * build's JVM with the configured inputs and thresholds. A failed threshold (exit 1) fails the
 * build; bad input (exit 2) is a build error. The gate's Markdown goes to the build log; a
 * threshold file is looked for in the project's base directory. Parameters are declared in
 * META-INF/maven/plugin.xml; their names are the fields below.
 */
public final class GateMojo extends AbstractMojo {
  private File[] inputs;
  private File config;
  private Double maxSerialFraction;
  private Double minParallelism;
  private String[] minSpeedups;
  private String maxSpan;
  private File baseline;
  private String maxRegression;
  private String noise;
  private File junit;
  private File basedir;
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("serialscope gate skipped");
      return;
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = SerialscopeCommand.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(arguments().toArray(new String[0]));
    out.toString().lines().forEach(getLog()::info);
    err.toString().lines().forEach(getLog()::error);
    String firstError = err.toString().lines().findFirst().orElse("serialscope gate: exit " + code);
    if (code == 1) {
      throw new MojoFailureException("serialscope gate failed; see the table above");
    }
    if (code != 0) {
      throw new MojoExecutionException(firstError);
    }
  }

  List<String> arguments() throws MojoExecutionException {
    if (inputs == null || inputs.length == 0) {
      throw new MojoExecutionException("serialscope gate: configure <inputs> (report.json files)");
    }
    List<String> args = new ArrayList<>();
    args.add("gate");
    for (File input : inputs) {
      args.add(input.getPath());
    }
    File thresholds = config != null ? config : defaultConfig();
    add(args, "--config", thresholds);
    add(args, "--max-serial-fraction", maxSerialFraction);
    add(args, "--min-parallelism", minParallelism);
    if (minSpeedups != null) {
      for (String speedup : minSpeedups) {
        add(args, "--min-speedup", speedup);
      }
    }
    add(args, "--max-span", maxSpan);
    add(args, "--baseline", baseline);
    add(args, "--max-regression", maxRegression);
    add(args, "--noise", noise);
    add(args, "--junit", junit);
    return args;
  }

  private File defaultConfig() throws MojoExecutionException {
    if (basedir == null) {
      return null;
    }
    try {
      Path found = GateConfigFile.findIn(basedir.toPath());
      return found == null ? null : found.toFile();
    } catch (InputException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  private static void add(List<String> args, String option, Object value) {
    if (value != null) {
      args.add(option);
      args.add(value.toString());
    }
  }
}
