package vn.emr.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.check.ClaimsChecker;
import vn.emr.claims.envelope.ClaimEpisode;
import vn.emr.claims.envelope.ClaimsFile;

/**
 * The rules' side of {@link ClaimsBenchmark}'s checking benchmarks, in thread CPU time: the 100 outpatient episodes of
 * {@code checkOutpatientDay} and the 200-line episode of {@code checkLargeEpisode} read once into memory, then
 * {@link ClaimsChecker#check(ClaimEpisode, ClaimsProfile)} of each (the field checks of the structure layer and every
 * episode rule, no reading), interleaved in each round with {@code checkOutpatientDay} itself (reading included).
 * Medians over rounds, after 5 rounds of warm-up.
 *
 * <pre>java -cp benchmarks.jar vn.emr.benchmarks.ClaimsRulesCpuTime [rounds]</pre>
 */
public final class ClaimsRulesCpuTime {

    private static volatile int sink;

    private ClaimsRulesCpuTime() {
    }

    /** Runs the measurement; optionally the number of rounds (15). */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        ClaimsBenchmark.CheckState s = new ClaimsBenchmark.CheckState();
        s.setUp();
        ClaimsChecker checker = s.checker;
        ClaimsProfile profile = checker.check(s.day, "day.xml").profile().orElseThrow();
        List<ClaimEpisode> visits = ClaimsFile.read(s.day).episodes();
        ClaimEpisode large = ClaimsFile.read(s.large).episodes().get(0);
        if (visits.size() != ClaimsBenchmark.DAY
                || visits.stream().anyMatch(e -> !checker.check(e, profile).issues().isEmpty())
                || !checker.check(large, profile).issues().isEmpty()) {
            throw new IllegalStateException("the episodes read back are not the clean ones checked");
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] rules = new double[rounds];
        double[] day = new double[rounds];
        double[] big = new double[rounds];
        for (int r = -5; r < rounds; r++) {
            long t0 = threads.getCurrentThreadCpuTime();
            for (int k = 0; k < 50; k++) {
                for (ClaimEpisode e : visits) {
                    sink += checker.check(e, profile).issues().size();
                }
            }
            long t1 = threads.getCurrentThreadCpuTime();
            for (int k = 0; k < 20; k++) {
                sink += checker.check(s.day, "day.xml").issues().size();
            }
            long t2 = threads.getCurrentThreadCpuTime();
            for (int k = 0; k < 200; k++) {
                sink += checker.check(large, profile).issues().size();
            }
            long t3 = threads.getCurrentThreadCpuTime();
            if (r >= 0) {
                rules[r] = (t1 - t0) / 1e3 / (50.0 * visits.size());
                day[r] = (t2 - t1) / 1e3 / (20.0 * ClaimsBenchmark.DAY);
                big[r] = (t3 - t2) / 1e3 / 200;
            }
        }
        System.out.printf(Locale.ROOT, "rules of one outpatient episode (in memory): %.1f µs (p25-p75 %.1f-%.1f)%n",
                quantile(rules, 0.5), quantile(rules, 0.25), quantile(rules, 0.75));
        System.out.printf(Locale.ROOT, "checkOutpatientDay, per episode: %.1f µs (p25-p75 %.1f-%.1f), %.0f episodes"
                + " per CPU second%n", quantile(day, 0.5), quantile(day, 0.25), quantile(day, 0.75),
                1e6 / quantile(day, 0.5));
        System.out.printf(Locale.ROOT, "rules of the 200-line episode (in memory): %.1f µs (p25-p75 %.1f-%.1f)%n",
                quantile(big, 0.5), quantile(big, 0.25), quantile(big, 0.75));
        System.out.printf(Locale.ROOT, "load average %.1f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
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
