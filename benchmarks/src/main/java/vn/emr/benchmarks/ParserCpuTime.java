package vn.emr.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@link XmlParserBenchmark}'s operations measured in CPU time, interleaved, for a machine shared with other work:
 * wall-clock averages there include the time the benchmark thread waits for a core, which depends on what else runs
 * during each JMH trial. Here every round runs a batch of each operation back to back (in a rotating order) and takes
 * the CPU time the operation consumed: of the benchmark thread, and of the whole process (which adds the collector's
 * and the compiler's threads). Ratios are the medians over rounds of the per-round ratios, so both sides of a ratio
 * were measured within the same second.
 *
 * <pre>java -cp benchmarks.jar vn.emr.benchmarks.ParserCpuTime 64k [rounds] [warmupSeconds]</pre>
 */
public final class ParserCpuTime {

    private static volatile int sink;

    private ParserCpuTime() {
    }

    /** Runs the measurement for the size given as the first argument ({@code 64k} or {@code 1m}). */
    public static void main(String[] args) throws Exception {
        String size = args.length > 0 ? args[0] : "64k";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        double warmupSeconds = args.length > 2 ? Double.parseDouble(args[2]) : 4;
        XmlParserBenchmark b = new XmlParserBenchmark();
        b.size = size;
        b.setUp();
        List<String> names = List.of("scanTokenizer", "scanJdk", "scanWoodstox", "verifyTokenizer", "verifyJdk");
        List<Callable<Object>> ops = List.of(b::scanTokenizer, b::scanJdk, b::scanWoodstox, b::verifyTokenizer,
                b::verifyJdk);
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
            batch[i] = Math.max(1, (int) (200e6 / perOp)); // about 200 ms of CPU per batch (process time ticks are coarse)
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
        System.out.printf(Locale.ROOT, "%-16s %14s %14s %14s%n", "operation", "thread CPU µs", "(p25-p75)",
                "process CPU µs");
        for (int i = 0; i < ops.size(); i++) {
            System.out.printf(Locale.ROOT, "%-16s %14.1f %14s %14.1f%n", names.get(i), median(thread[i]),
                    String.format(Locale.ROOT, "%.1f-%.1f", quantile(thread[i], 0.25), quantile(thread[i], 0.75)),
                    median(process[i]));
        }
        ratio("scanWoodstox / scanTokenizer", thread[2], thread[0], process[2], process[0]);
        ratio("scanJdk / scanTokenizer", thread[1], thread[0], process[1], process[0]);
        ratio("verifyJdk / verifyTokenizer", thread[4], thread[3], process[4], process[3]);
        // what verify would cost with Woodstox behind the same scanner: the tokenizer's verify, its scan swapped out
        double[] estT = new double[rounds];
        double[] estP = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            estT[r] = thread[3][r] - thread[0][r] + thread[2][r];
            estP[r] = process[3][r] - process[0][r] + process[2][r];
        }
        ratio("verify via Woodstox (est.) / verifyTokenizer", estT, thread[3], estP, process[3]);
    }

    private static void ratio(String what, double[] aT, double[] bT, double[] aP, double[] bP) {
        double[] rt = new double[aT.length];
        double[] rp = new double[aT.length];
        for (int r = 0; r < aT.length; r++) {
            rt[r] = aT[r] / bT[r];
            rp[r] = aP[r] / bP[r];
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
