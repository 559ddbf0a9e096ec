package vn.emr.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emr.core.CoreError;

class ValidationReportCapTest {

    @Test
    void aReportKeepsTheFirstIssuesAndCountsTheRest() {
        List<Issue> many = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            many.add(Issue.warning("f[" + i + "]", CoreError.REQUIRED));
        }
        many.add(Issue.error("last", CoreError.REQUIRED));
        ValidationReport r = ValidationReport.of(many);
        assertThat(r.issues()).hasSize(ValidationReport.MAX_ISSUES);
        assertThat(r.droppedIssues()).isEqualTo(5001 - ValidationReport.MAX_ISSUES);
        assertThat(r.isValid()).isFalse();
        assertThat(r.issues().get(0).path()).isEqualTo("last");
        assertThat(r.toString()).contains("4001 more not kept");
        assertThat(ValidationReport.of(List.of(Issue.error("a", CoreError.REQUIRED))).droppedIssues()).isZero();
    }
}
