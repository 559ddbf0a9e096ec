package vn.emr.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.Severity;
import vn.emr.core.model.Patient;
import vn.emr.core.validation.Issue;
import vn.emr.core.validation.RecordValidator;
import vn.emr.core.validation.ValidationReport;

/** A future birth date has the same severity when a card is parsed and when the patient built from it is validated. */
class CccdQrBirthDateSeverityTest {

    @Test
    void parseAndValidateAgreeOnTheSeverityOfAFutureBirthDate() {
        LocalDate future = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusYears(1);
        String text = "001099012345||Nguyễn Văn An|" + future.format(DateTimeFormatter.ofPattern("ddMMuuuu"))
                + "|Nam|Hà Nội|10052021";

        EmrException e = catchThrowableOfType(EmrException.class, () -> CccdQr.parse(text));
        assertThat(e).as("parse rejects").isNotNull();
        Severity parseSeverity = e.issues().stream().filter(i -> i.code() == CoreError.BIRTH_DATE_FUTURE)
                .map(Issue::severity).findFirst().orElseThrow();

        Patient patient = Patient.builder().patientCode("BN1").citizenId("001099012345").fullName("Nguyễn Văn An")
                .birthDate(future).sex(Sex.MALE).address("Hà Nội").build();
        ValidationReport report = RecordValidator.create().validate(patient);
        Severity validateSeverity = report.issues().stream()
                .filter(i -> i.codeString().equals(CoreError.BIRTH_DATE_FUTURE.code()))
                .map(Issue::severity).findFirst().orElseThrow();

        assertThat(parseSeverity).isEqualTo(validateSeverity).isEqualTo(Severity.ERROR);
    }
}
