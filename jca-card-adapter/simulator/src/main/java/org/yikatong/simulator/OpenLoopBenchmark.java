package org.yikatong.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.BiConsumer;

/**
 * The open-loop benchmark on the command line ({@code --rate=N}, see {@link OpenLoopOptions}):
 * payments offered at a fixed rate against a running card adapter, latencies from the intended send
 * times, the report on standard output ending with a {@code RESULT} line.
 *
 * <p>Exit status: 0 when every payment was sent and answered with a valid MAC (declines and slow
 * answers are answers), 1 otherwise or when the run could not start, 2 for bad options.
 */
public final class OpenLoopBenchmark {

  private OpenLoopBenchmark() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the benchmark; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (java.util.Arrays.asList(args).contains("--help")) {
      out.print(OpenLoopOptions.USAGE);
      return 0;
    }
    OpenLoopOptions options;
    try {
      options = OpenLoopOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.print(OpenLoopOptions.USAGE);
      return 2;
    }
    try (KeyFile approved = KeyFile.open(options.approvedOut());
        KeyFile unanswered = KeyFile.open(options.unansweredOut());
        KeyFile answerLines = KeyFile.open(options.answersOut())) {
      OpenLoopDriver driver =
          new OpenLoopDriver(
              options,
              Ticker.SYSTEM,
              Clock.systemUTC(),
              (index, answers) ->
                  new PipelinedConnection(
                      options.host(), options.port(), index, Ticker.SYSTEM, answers),
              approved,
              unanswered,
              (at, terminal, rrn, code) ->
                  answerLines.line(at + "," + terminal + "," + rrn + "," + code),
              progress -> {
                out.println(progress);
                out.flush();
              });
      OpenLoopReport report = driver.run();
      report.print(out);
      approved.check();
      unanswered.check();
      answerLines.check();
      if (options.histogramOut() != null) {
        try (PrintStream histogram =
            new PrintStream(
                Files.newOutputStream(options.histogramOut()), false, StandardCharsets.UTF_8)) {
          // HdrHistogram's percentile distribution (.hgrm), values in milliseconds
          report.latency().outputPercentileDistribution(histogram, 1000.0);
        }
      }
      return report.consistent() ? 0 : 1;
    } catch (IOException | RuntimeException e) {
      err.println("Open-loop run failed: " + e);
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("Open-loop run interrupted");
      return 1;
    }
  }

  /**
   * A file of payment keys, one "terminal,rrn" line each (or other lines, {@link #line}), written
   * from several threads; nothing when no file was asked for.
   */
  private static final class KeyFile implements BiConsumer<String, String>, AutoCloseable {
    private final Writer writer;
    private volatile IOException failure;

    private KeyFile(Writer writer) {
      this.writer = writer;
    }

    static KeyFile open(Path path) throws IOException {
      return new KeyFile(
          path == null ? null : Files.newBufferedWriter(path, StandardCharsets.US_ASCII));
    }

    @Override
    public void accept(String terminal, String rrn) {
      if (writer != null) {
        line(terminal + "," + rrn);
      }
    }

    void line(String line) {
      if (writer == null) {
        return;
      }
      synchronized (writer) {
        try {
          writer.write(line);
          writer.write('\n');
        } catch (IOException e) {
          failure = e; // reported after the run: the reader that wrote must go on reading
        }
      }
    }

    /**
     * @throws IOException the first write that failed
     */
    void check() throws IOException {
      if (failure != null) {
        throw failure;
      }
    }

    @Override
    public void close() throws IOException {
      if (writer != null) {
        synchronized (writer) {
          writer.close();
        }
      }
    }
  }
}
