package vn.emr.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@link XmlParserBenchmark}'s and {@link SigningBenchmark}'s operations measured in CPU time, interleaved, for a
 * machine shared with other work: wall-clock averages there include the time the benchmark thread waits for a core,
 * which depends on what else runs during each JMH trial. Here every round runs a batch (about 200 ms of CPU) of each
 * operation back to back, in a rotating order, and takes the CPU time the operation consumed: of the benchmark
 * thread, and of the whole process (which adds the collector's and the compiler's threads; the operating system
 * counts it in coarse ticks). Ratios are the medians over rounds of the per-round ratios, so both sides of a ratio
 * were measured within the same few seconds.
 *
 * <pre>java -cp benchmarks.jar vn.emr.benchmarks.CpuTime parser|signing 4k|64k|1m [rounds] [warmupSeconds]</pre>
 */
public final class CpuTime {

    private static volatile int sink;

    private CpuTime() {
    }

    /** Runs the measurement: which benchmark, then the size; optionally the rounds and the warm-up per operation. */
    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "parser";
        String size = args.length > 1 ? args[1] : "64k";
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        double warmupSeconds = args.length > 3 ? Double.parseDouble(args[3]) : 3;
        if (which.equals("claims")) {
            ClaimsBenchmark b = new ClaimsBenchmark();
            ClaimsBenchmark.CheckState c = new ClaimsBenchmark.CheckState();
            c.requireClean = Boolean.parseBoolean(System.getProperty("requireClean", "true"));
            c.setUp();
            List<String> names = List.of("checkOutpatientDay", "domReadOutpatientDay", "checkLargeEpisode");
            double[][][] t = measure(size, rounds, warmupSeconds, names,
                    List.of(() -> b.checkOutpatientDay(c), () -> b.domReadOutpatientDay(c),
                            () -> b.checkLargeEpisode(c)));
            for (int k = 0; k < 1; k++) {
                double[] day = t[k][0].clone();
                java.util.Arrays.sort(day);
                System.out.printf("checkOutpatientDay: %.0f outpatient episodes per CPU second (thread)%n",
                        ClaimsBenchmark.DAY * 1e6 / day[day.length / 2]);
            }
            ratio("checkOutpatientDay / domReadOutpatientDay", t, 0, 1);
        } else if (which.equals("signing")) {
            SigningBenchmark b = new SigningBenchmark();
            b.size = size;
            b.setUp();
            List<String> names = List.of("rawRsaSign", "sign", "domSign", "verify", "domVerify");
            double[][][] t = measure(size, rounds, warmupSeconds, names,
                    List.of(b::rawRsaSign, b::sign, b::domSign, b::verify, b::domVerify));
            ratio("sign / rawRsaSign", t, 1, 0);
            ratio("domSign / sign", t, 2, 1);
            ratio("domVerify / verify", t, 4, 3);
        } else {
            XmlParserBenchmark b = new XmlParserBenchmark();
            b.size = size;
            b.setUp();
            List<String> names = List.of("scanTokenizer", "scanJdk", "scanWoodstox", "verifyTokenizer", "verifyJdk");
            double[][][] t = measure(size, rounds, warmupSeconds, names,
                    List.of(b::scanTokenizer, b::scanJdk, b::scanWoodstox, b::verifyTokenizer, b::verifyJdk));
            ratio("scanWoodstox / scanTokenizer", t, 2, 0);
            ratio("scanJdk / scanTokenizer", t, 1, 0);
            ratio("verifyJdk / verifyTokenizer", t, 4, 3);
            // what verify would cost with Woodstox behind the same scanner: the tokenizer's verify, its scan swapped
            double[][][] est = new double[2][2][rounds];
            for (int k = 0; k < 2; k++) {
                for (int r = 0; r < rounds; r++) {
                    est[k][0][r] = t[k][3][r] - t[k][0][r] + t[k][2][r];
                    est[k][1][r] = t[k][3][r];
                }
            }
            ratio("verify via Woodstox (est.) / verifyTokenizer", est, 0, 1);
        }
    }

    /** Per-op CPU µs: [0][op][round] of the thread, [1][op][round] of the process. */
    private static double[][][] measure(String size, int rounds, double warmupSeconds, List<String> names,
            List<Callable<Object>> ops) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int[] batch = new int[ops.size()];
        for (int i = 0; i < ops.size(); i++) {
            long end = System.nanoTime() + (long) (warmupSeconds * 1e9);
            long start = threads.getCurrentThreadCpuTime();
            int n = 0;
            while (System.nanoTime() < end) {
                consume(ops.get(i).call());
                n++;
            }
            double perOp = (threads.getCurrentThreadCpuTime() - start) / (double) n;
            batch[i] = Math.max(1, (int) (200e6 / perOp));
        }
        double[][] thread = new double[ops.size()][rounds];
        double[][] process = new double[ops.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < ops.size(); k++) {
                int i = (k + r) % ops.size();
                Callable<Object> op = ops.get(i);
                long t0 = threads.getCurrentThreadCpuTime();
                long p0 = os.getProcessCpuTime();
                for (int n = 0; n < batch[i]; n++) {
                    consume(op.call());
                }
                thread[i][r] = (threads.getCurrentThreadCpuTime() - t0) / 1e3 / batch[i];
                process[i][r] = (os.getProcessCpuTime() - p0) / 1e3 / batch[i];
            }
        }
        System.out.printf(Locale.ROOT, "size %s, %d rounds, batches %s, load average %.1f%n", size, rounds,
                Arrays.toString(batch), os.getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "%-16s %14s %18s %14s%n", "operation", "thread CPU µs", "(p25-p75)",
                "process CPU µs");
        for (int i = 0; i < ops.size(); i++) {
            System.out.printf(Locale.ROOT, "%-16s %14.1f %18s %14.1f%n", names.get(i), median(thread[i]),
                    String.format(Locale.ROOT, "%.1f-%.1f", quantile(thread[i], 0.25), quantile(thread[i], 0.75)),
                    median(process[i]));
        }
        return new double[][][] {thread, process};
    }

    private static void ratio(String what, double[][][] t, int a, int b) {
        int rounds = t[0][a].length;
        double[] rt = new double[rounds];
        double[] rp = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            rt[r] = t[0][a][r] / t[0][b][r];
            rp[r] = t[1][a][r] / t[1][b][r];
        }
        System.out.printf(Locale.ROOT, "%-46s thread %.2fx (p25-p75 %.2f-%.2f), process %.2fx%n", what, median(rt),
                quantile(rt, 0.25), quantile(rt, 0.75), median(rp));
    }

    private static void consume(Object o) {
        sink += System.identityHashCode(o);
    }

    private static double median(double[] v) {
        return quantile(v, 0.5);
    }

    private static double quantile(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        double pos = q * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (s[hi] - s[lo]) * (pos - lo);
    }
}
