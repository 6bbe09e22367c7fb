package bcf.benchmark;

import bcf.metric.MetricAssessment;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The performance target of the metrics: every metric with intervals, RAG, trend and SPC for 151
 * HWBs x 6 metrics x 60 months, warm, in one process. Run with {@code scripts/benchmark-metrics}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class MetricsBenchmark {

  private MetricsWorkload workload;

  @Setup
  public void setUp() {
    workload = new MetricsWorkload(2026);
  }

  @Benchmark
  public List<MetricAssessment> assessEveryHwbMetricAndMonth() {
    return workload.assess();
  }
}
