package vn.emr.claims.check;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.core.Severity;

/**
 * What the claims checks found in one or more files: the profile checked against, how many episodes and files, the
 * issues in file order, and the rules skipped for want of a catalogue. Immutable and serializable.
 */
public final class ClaimsReport implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ClaimsProfile profile;
    private final int episodes;
    private final int files;
    private final List<ClaimsIssue> issues;
    private final SortedSet<String> skippedRules;

    ClaimsReport(ClaimsProfile profile, int episodes, int files, List<ClaimsIssue> issues,
            Collection<String> skippedRules) {
        this.profile = profile;
        this.episodes = episodes;
        this.files = files;
        this.issues = List.copyOf(issues);
        this.skippedRules = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(skippedRules));
    }

    /** The reports of several files as one (the first file's profile when they differ: see each file's report). */
    public static ClaimsReport merge(List<ClaimsReport> reports) {
        List<ClaimsIssue> all = new ArrayList<>();
        SortedSet<String> skipped = new TreeSet<>();
        int episodes = 0;
        int files = 0;
        ClaimsProfile profile = null;
        for (ClaimsReport r : reports) {
            all.addAll(r.issues);
            skipped.addAll(r.skippedRules);
            episodes += r.episodes;
            files += r.files;
            if (profile == null) {
                profile = r.profile;
            }
        }
        return new ClaimsReport(profile, episodes, files, all, skipped);
    }

    /** The profile the file was checked against; empty when the file could not be read far enough to know it. */
    public Optional<ClaimsProfile> profile() {
        return Optional.ofNullable(profile);
    }

    /** The number of episodes ({@code HOSO}, or check-in episodes) checked. */
    public int episodes() {
        return episodes;
    }

    /** The number of files checked. */
    public int files() {
        return files;
    }

    /** The issues, in file order. */
    public List<ClaimsIssue> issues() {
        return issues;
    }

    /** The ids of the rules not run because their catalogue was not given. */
    public SortedSet<String> skippedRules() {
        return skippedRules;
    }

    /** Whether an issue is an error (the portal or the assessor would refuse the file). */
    public boolean hasErrors() {
        return issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
    }

    /** The issues of one rule. */
    public List<ClaimsIssue> issuesOf(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return issues.stream().filter(i -> i.rule().equals(ruleId)).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClaimsReport r && r.profile == profile && r.episodes == episodes && r.files == files
                && r.issues.equals(issues) && r.skippedRules.equals(skippedRules);
    }

    @Override
    public int hashCode() {
        return Objects.hash(profile, episodes, files, issues, skippedRules);
    }

    @Override
    public String toString() {
        return "ClaimsReport[profile=" + profile + ", episodes=" + episodes + ", files=" + files + ", issues="
                + issues.size() + ", skipped=" + skippedRules.size() + "]";
    }
}
