package vn.emr.core.prescription;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emr.core.prescription.Samples.codes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.emr.core.Languages;
import vn.emr.core.Severity;
import vn.emr.core.validation.Issue;
import vn.emr.core.validation.ValidationReport;

/**
 * One test per rule of {@code docs/e-prescription.md}: each starts from the project's request sample (which passes
 * every rule) and breaks exactly that rule, so the report holds exactly that code.
 */
class PrescriptionRulesTest {

    private static ValidationReport check(Consumer<ObjectNode> change) {
        return check(PrescriptionValidator.create(), change);
    }

    private static ValidationReport check(PrescriptionValidator validator, Consumer<ObjectNode> change) {
        ObjectNode o = Samples.request();
        change.accept(o);
        return validator.validate(Samples.write(o));
    }

    private static ObjectNode item(ObjectNode o) {
        return (ObjectNode) o.get("thong_tin_don_thuoc").get(0);
    }

    private static ObjectNode period(ObjectNode o) {
        return (ObjectNode) o.get("dot_dung_thuoc");
    }

    /** The sample as a prescription of another type, its code's letter changed with it. */
    private static void type(ObjectNode o, String t) {
        o.put("loai_don_thuoc", t);
        o.put("ma_don_thuoc", "79001k3x9q2m-" + t);
    }

    private static void days(ObjectNode o, String from, String to) {
        period(o).put("tu_ngay", from);
        period(o).put("den_ngay", to);
    }

    private static void assertOnly(ValidationReport r, String code, Severity severity, String path) {
        assertThat(codes(r)).containsExactly(code);
        Issue i = r.issues().get(0);
        assertThat(i.severity()).isEqualTo(severity);
        assertThat(i.path()).isEqualTo(path);
        assertThat(r.isValid()).isEqualTo(severity != Severity.ERROR);
        assertThat(i.message(Languages.VIETNAMESE)).isNotBlank().doesNotContain("{");
        assertThat(i.message(Languages.ENGLISH)).isNotBlank().doesNotContain("{");
    }

    @Test
    void theSamplePassesEveryRule() {
        ValidationReport r = PrescriptionValidator.create().validate(Samples.bytes("dtqg-gui-don-thuoc.request.sample.json"));
        assertThat(r.issues()).isEmpty();
        assertThat(r.isValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"loai_don_thuoc", "ma_don_thuoc", "ho_ten_benh_nhan", "ngay_sinh_benh_nhan", "gioi_tinh",
        "dia_chi", "chan_doan", "thong_tin_don_thuoc", "ngay_gio_ke_don"})
    void aMandatoryFieldLeftOutIsRequired(String field) {
        assertOnly(check(o -> o.remove(field)), "EMR-CORE-0700", Severity.ERROR, field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ho_ten_benh_nhan", "dia_chi", "ngay_gio_ke_don"})
    void aMandatoryTextLeftBlankIsRequired(String field) {
        assertOnly(check(o -> o.put(field, "  ")), "EMR-CORE-0700", Severity.ERROR, field);
    }

    @Test
    void emptyListsOfDiagnosesOrDrugsAreRequired() {
        assertOnly(check(o -> o.putArray("chan_doan")), "EMR-CORE-0700", Severity.ERROR, "chan_doan");
        assertOnly(check(o -> o.putArray("thong_tin_don_thuoc")), "EMR-CORE-0700", Severity.ERROR,
                "thong_tin_don_thuoc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"biet_duoc", "ten_thuoc", "so_luong"})
    void aDrugWithoutBrandNameNameOrQuantityIsRequired(String field) {
        assertOnly(check(o -> item(o).put(field, "")), "EMR-CORE-0700", Severity.ERROR,
                "thong_tin_don_thuoc[0]." + field);
    }

    @Test
    void aDiagnosisWithoutCodeAndAPeriodWithoutDaysAreRequired() {
        assertOnly(check(o -> ((ObjectNode) o.get("chan_doan").get(0)).remove("ma_chan_doan")), "EMR-CORE-0700",
                Severity.ERROR, "chan_doan[0].ma_chan_doan");
        assertOnly(check(o -> period(o).remove("den_ngay")), "EMR-CORE-0700", Severity.ERROR,
                "dot_dung_thuoc.den_ngay");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ma_thuoc", "don_vi_tinh", "cach_dung"})
    void anEmptyDrugCodeUnitOrUsageIsAWarning(String field) {
        assertOnly(check(o -> item(o).put(field, "")), "EMR-CORE-0734", Severity.WARNING,
                "thong_tin_don_thuoc[0]." + field);
    }

    @Test
    void aValueOfTheWrongJsonTypeIsReportedAtItsPath() {
        assertOnly(check(o -> o.put("ho_ten_benh_nhan", 5)), "EMR-CORE-0701", Severity.ERROR, "ho_ten_benh_nhan");
        assertOnly(check(o -> o.put("gioi_tinh", true)), "EMR-CORE-0701", Severity.ERROR, "gioi_tinh");
        assertOnly(check(o -> o.putObject("chan_doan")), "EMR-CORE-0701", Severity.ERROR, "chan_doan");
        assertOnly(check(o -> o.put("dot_dung_thuoc", "1")), "EMR-CORE-0701", Severity.ERROR, "dot_dung_thuoc");
        assertOnly(check(o -> ((ArrayNode) o.get("thong_tin_don_thuoc")).set(0, "Amlor")), "EMR-CORE-0701",
                Severity.ERROR, "thong_tin_don_thuoc[0]");
        assertOnly(check(o -> item(o).putArray("so_luong")), "EMR-CORE-0701", Severity.ERROR,
                "thong_tin_don_thuoc[0].so_luong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "C", "t", "N", ""})
    void aTypeOtherThanCNHYIsUnknown(String type) {
        ValidationReport r = check(o -> o.put("loai_don_thuoc", type));
        assertOnly(r, type.isEmpty() ? "EMR-CORE-0700" : "EMR-CORE-0702", Severity.ERROR, "loai_don_thuoc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"79001k3x9q2m", "79001k3x9q2-c", "79001K3X9Q2M-c", "79001k3x9q2m-x", "79001k3x9q2mm-c",
        "7900-k3x9q2m-c"})
    void aCodeOfAnotherShapeIsRefused(String code) {
        assertOnly(check(o -> o.put("ma_don_thuoc", code)), "EMR-CORE-0703", Severity.ERROR, "ma_don_thuoc");
    }

    @Test
    void theCodesTypeLetterMustBeThePrescriptionType() {
        assertOnly(check(o -> o.put("ma_don_thuoc", "79001k3x9q2m-n")), "EMR-CORE-0704", Severity.ERROR,
                "ma_don_thuoc");
    }

    @Test
    void theCodeMustStartWithThePrescribingFacilitysCode() {
        PrescriptionValidator v = PrescriptionValidator.of(PrescriptionPolicy.builder().facilityCode("01001").build());
        assertOnly(check(v, o -> { }), "EMR-CORE-0705", Severity.ERROR, "ma_don_thuoc");
        PrescriptionValidator same = PrescriptionValidator.of(PrescriptionPolicy.builder().facilityCode("79001").build());
        assertThat(check(same, o -> { }).issues()).isEmpty();
    }

    @Test
    void anUpperCaseTypeLetterInTheCodeIsAWarningOnly() {
        assertOnly(check(o -> o.put("ma_don_thuoc", "79001k3x9q2m-C")), "EMR-CORE-0706", Severity.WARNING,
                "ma_don_thuoc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1985-03-15", "15/3/1985", "31/02/1985", "15/03/85", "15.03.1985"})
    void aBirthDateNotDdMmYyyyIsRefused(String date) {
        assertOnly(check(o -> o.put("ngay_sinh_benh_nhan", date)), "EMR-CORE-0707", Severity.ERROR,
                "ngay_sinh_benh_nhan");
    }

    @Test
    void periodDaysNotDdMmYyyyAreRefused() {
        assertOnly(check(o -> period(o).put("tu_ngay", "2026-06-02")), "EMR-CORE-0707", Severity.ERROR,
                "dot_dung_thuoc.tu_ngay");
    }

    @ParameterizedTest
    @ValueSource(strings = {"02/06/2026 08:15:00", "2026-06-02T08:15:00", "2026-06-02 08:15", "2026-06-31 08:15:00",
        "2026-06-02 24:00:00"})
    void aPrescribingTimeNotYyyyMmDdHhMmSsIsRefused(String time) {
        assertOnly(check(o -> o.put("ngay_gio_ke_don", time)), "EMR-CORE-0708", Severity.ERROR, "ngay_gio_ke_don");
    }

    @Test
    void theFollowUpIsANumberOfDaysNotADate() {
        assertOnly(check(o -> o.put("ngay_tai_kham", "02/07/2026")), "EMR-CORE-0709", Severity.ERROR,
                "ngay_tai_kham");
        assertThat(check(o -> o.put("ngay_tai_kham", 30)).issues()).isEmpty();
    }

    @Test
    void theSexCodeIsOneTwoOrThreeAsNumberOrText() {
        assertOnly(check(o -> o.put("gioi_tinh", 4)), "EMR-CORE-0710", Severity.ERROR, "gioi_tinh");
        assertOnly(check(o -> o.put("gioi_tinh", "nam")), "EMR-CORE-0710", Severity.ERROR, "gioi_tinh");
        assertThat(check(o -> o.put("gioi_tinh", "3")).issues()).isEmpty();
    }

    @Test
    void theCitizenIdHasTwelveDigits() {
        assertOnly(check(o -> o.put("ma_dinh_danh_cong_dan", "07908500012")), "EMR-CORE-0711", Severity.ERROR,
                "ma_dinh_danh_cong_dan");
    }

    @Test
    void theBirthDateCannotFollowThePrescribingDay() {
        assertOnly(check(o -> o.put("ngay_sinh_benh_nhan", "03/06/2026")), "EMR-CORE-0712", Severity.ERROR,
                "ngay_sinh_benh_nhan");
    }

    @Test
    void aChildUnder72MonthsNeedsAWeight() {
        ValidationReport r = check(o -> {
            o.put("ngay_sinh_benh_nhan", "15/03/2024");
            o.put("thong_tin_nguoi_giam_ho", "Nguyễn Thị B, 0900000002, cùng địa chỉ");
            o.put("can_nang", "");
        });
        assertOnly(r, "EMR-CORE-0713", Severity.ERROR, "can_nang");
        assertThat(r.issues().get(0).args()).containsExactly(26L);
    }

    @Test
    void aChildUnder72MonthsNeedsTheAccompanyingPerson() {
        assertOnly(check(o -> o.put("ngay_sinh_benh_nhan", "15/03/2024")), "EMR-CORE-0714", Severity.ERROR,
                "thong_tin_nguoi_giam_ho");
    }

    @Test
    void seventyTwoMonthsOnThePrescribingDayIsNoLongerAChild() {
        // prescribed 02/06/2026: born 02/06/2020 is exactly 72 months, born 03/06/2020 is 71
        assertThat(check(o -> o.put("ngay_sinh_benh_nhan", "02/06/2020")).issues()).isEmpty();
        assertOnly(check(o -> o.put("ngay_sinh_benh_nhan", "03/06/2020")), "EMR-CORE-0714", Severity.ERROR,
                "thong_tin_nguoi_giam_ho");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "abc", "62kg", "1e3"})
    void aWeightThatIsNotAPositiveNumberIsRefused(String weight) {
        assertOnly(check(o -> o.put("can_nang", weight)), "EMR-CORE-0715", Severity.ERROR, "can_nang");
    }

    @Test
    void aWeightMayBeANumber() {
        assertThat(check(o -> o.put("can_nang", 12.5)).issues()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"n", "h", "y"})
    void narcoticPsychotropicAndTraditionalPrescriptionsNeedAPeriod(String t) {
        assertOnly(check(o -> {
            type(o, t);
            o.remove("dot_dung_thuoc");
        }), "EMR-CORE-0716", Severity.ERROR, "dot_dung_thuoc");
    }

    @Test
    void aConventionalPrescriptionWithoutPeriodIsAWarningThatDaysAreUnchecked() {
        assertOnly(check(o -> o.remove("dot_dung_thuoc")), "EMR-CORE-0735", Severity.WARNING, "dot_dung_thuoc");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertOnly(check(o -> period(o).put("den_ngay", "01/06/2026")), "EMR-CORE-0717", Severity.ERROR,
                "dot_dung_thuoc.den_ngay");
    }

    @Test
    void aFacilityWithoutBedsIssuesNoNarcoticPrescription() {
        PrescriptionValidator noBeds = PrescriptionValidator.of(PrescriptionPolicy.builder().facilityWithoutBeds(true)
                .build());
        assertOnly(check(noBeds, o -> {
            type(o, "n");
            days(o, "02/06/2026", "08/06/2026");
        }), "EMR-CORE-0736", Severity.ERROR, "loai_don_thuoc");
        assertThat(check(noBeds, o -> type(o, "h")).issues()).extracting(Issue::codeString)
                .doesNotContain("EMR-CORE-0736");
    }

    @Test
    void aConventionalPrescriptionIsAtMost30DaysBothEndsIncluded() {
        ValidationReport r = check(o -> days(o, "02/06/2026", "02/07/2026"));
        assertOnly(r, "EMR-CORE-0718", Severity.ERROR, "dot_dung_thuoc");
        assertThat(r.issues().get(0).args()).containsExactly(31L, 30);
    }

    @Test
    void aLongTermDiseaseAllows90Days() {
        PrescriptionValidator v = PrescriptionValidator.of(PrescriptionPolicy.builder()
                .longTermDiagnoses(Set.of("I10")::contains).build());
        assertThat(check(v, o -> days(o, "02/06/2026", "30/08/2026")).issues()).isEmpty(); // 90 days
        assertOnly(check(v, o -> days(o, "02/06/2026", "31/08/2026")), "EMR-CORE-0718", Severity.ERROR,
                "dot_dung_thuoc");
    }

    @Test
    void aNarcoticPrescriptionIsAtMost7DaysOutsideCancer() {
        assertThat(check(o -> {
            type(o, "n");
            days(o, "02/06/2026", "08/06/2026");
        }).issues()).isEmpty();
        assertOnly(check(o -> {
            type(o, "n");
            days(o, "02/06/2026", "09/06/2026");
        }), "EMR-CORE-0718", Severity.ERROR, "dot_dung_thuoc");
    }

    private static void cancerRounds(ObjectNode o, int rounds, int daysEach) {
        type(o, "n");
        ((ObjectNode) o.get("chan_doan").get(0)).put("ma_chan_doan", "C34.1");
        ArrayNode list = o.putArray("dot_dung_thuoc");
        java.time.LocalDate from = java.time.LocalDate.of(2026, 6, 2);
        for (int i = 0; i < rounds; i++) {
            ObjectNode p = list.addObject();
            p.put("dot", String.valueOf(i + 1));
            p.put("tu_ngay", Wire.DATE.format(from));
            p.put("den_ngay", Wire.DATE.format(from.plusDays(daysEach - 1L)));
            p.put("so_thang_thuoc", "");
            from = from.plusDays(daysEach);
        }
    }

    @Test
    void aNarcoticPrescriptionForCancerHasRoundsOfAtMost10Days() {
        assertThat(check(o -> cancerRounds(o, 3, 10)).issues()).isEmpty();
        assertOnly(check(o -> cancerRounds(o, 1, 11)), "EMR-CORE-0718", Severity.ERROR, "dot_dung_thuoc[0]");
    }

    @Test
    void aNarcoticPrescriptionForCancerHasAtMost3Rounds() {
        ValidationReport r = check(o -> cancerRounds(o, 4, 5));
        assertOnly(r, "EMR-CORE-0719", Severity.ERROR, "dot_dung_thuoc");
        assertThat(r.issues().get(0).args()).containsExactly(4);
    }

    @Test
    void aPsychotropicPrescriptionIsAtMost10DaysOr30ForLongTermTreatment() {
        assertOnly(check(o -> {
            type(o, "h");
            days(o, "02/06/2026", "12/06/2026");
        }), "EMR-CORE-0718", Severity.ERROR, "dot_dung_thuoc");
        PrescriptionValidator v = PrescriptionValidator.of(PrescriptionPolicy.builder()
                .longTermDiagnoses(code -> code.equals("I10")).build());
        assertThat(check(v, o -> type(o, "h")).issues()).isEmpty(); // the sample's 30 days
    }

    @Test
    void aTraditionalPrescriptionIsAtMost90DaysAndBeyond30IsWarnedForDecoctions() {
        ValidationReport warned = check(o -> type(o, "y"));
        assertThat(codes(warned)).isEmpty(); // 30 days
        assertOnly(check(o -> {
            type(o, "y");
            days(o, "02/06/2026", "02/07/2026");
        }), "EMR-CORE-0720", Severity.WARNING, "dot_dung_thuoc");
        assertOnly(check(o -> {
            type(o, "y");
            days(o, "02/06/2026", "31/08/2026");
        }), "EMR-CORE-0718", Severity.ERROR, "dot_dung_thuoc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "1/2"})
    void aQuantityThatIsNotPositiveIsRefused(String q) {
        assertOnly(check(o -> item(o).put("so_luong", q)), "EMR-CORE-0721", Severity.ERROR,
                "thong_tin_don_thuoc[0].so_luong");
    }

    @Test
    void aQuantityUnder10IsWrittenWithALeadingZero() {
        assertOnly(check(o -> item(o).put("so_luong", "5")), "EMR-CORE-0722", Severity.WARNING,
                "thong_tin_don_thuoc[0].so_luong");
        assertOnly(check(o -> item(o).put("so_luong", 5)), "EMR-CORE-0722", Severity.WARNING,
                "thong_tin_don_thuoc[0].so_luong");
        assertThat(check(o -> item(o).put("so_luong", "05")).issues()).isEmpty();
        assertThat(check(o -> item(o).put("so_luong", "0.5")).issues()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I 10", "i10", "I10.", "1100", "I10.123"})
    void aDiagnosisCodeThatIsNotDottedIcd10IsRefused(String code) {
        assertOnly(check(o -> ((ObjectNode) o.get("chan_doan").get(0)).put("ma_chan_doan", code)), "EMR-CORE-0723",
                Severity.ERROR, "chan_doan[0].ma_chan_doan");
    }

    @Test
    void anHivPrescriptionCarriesNoIdentityOfThePatient() {
        ValidationReport r = check(o -> ((ObjectNode) o.get("chan_doan").get(0)).put("ma_chan_doan", "B20"));
        assertThat(codes(r)).containsOnly("EMR-CORE-0724");
        assertThat(r.issues()).extracting(Issue::path)
                .containsExactly("ma_dinh_danh_cong_dan", "dia_chi", "so_dien_thoai_nguoi_kham_benh");
        ValidationReport anonymous = check(o -> {
            ((ObjectNode) o.get("chan_doan").get(0)).put("ma_chan_doan", "Z21");
            o.put("ma_dinh_danh_cong_dan", "");
            o.put("dia_chi", "");
            o.put("so_dien_thoai_nguoi_kham_benh", "");
        });
        assertThat(anonymous.issues()).isEmpty(); // the address is not required of an HIV prescription
    }

    @Test
    void aFieldTheFormatDoesNotDefineIsAWarning() {
        assertOnly(check(o -> o.put("ghi_chu", "x")), "EMR-CORE-0725", Severity.WARNING, "ghi_chu");
        assertOnly(check(o -> item(o).put("lieu", "x")), "EMR-CORE-0725", Severity.WARNING,
                "thong_tin_don_thuoc[0].lieu");
    }

    @Test
    void theTreatmentFormIsAWholeNumber() {
        assertOnly(check(o -> o.put("hinh_thuc_dieu_tri", 1.5)), "EMR-CORE-0726", Severity.ERROR,
                "hinh_thuc_dieu_tri");
        assertOnly(check(o -> o.put("hinh_thuc_dieu_tri", "ngoại trú")), "EMR-CORE-0726", Severity.ERROR,
                "hinh_thuc_dieu_tri");
    }

    @Test
    void aNarcoticDrugOnAConventionalPrescriptionIsRefused() {
        PrescriptionValidator v = PrescriptionValidator.of(PrescriptionPolicy.builder()
                .drugTypes(Map.of("MA-THUOC-QG-PLACEHOLDER", PrescriptionType.NARCOTIC)).build());
        ValidationReport r = check(v, o -> { });
        assertOnly(r, "EMR-CORE-0727", Severity.ERROR, "thong_tin_don_thuoc[0].ma_thuoc");
        assertThat(r.issues().get(0).args()).containsExactly("n", "c");
    }

    @Test
    void aPeriodListAsMostClientsSendItIsReadLikeTheObject() {
        ValidationReport r = check(o -> {
            ObjectNode p = period(o).deepCopy();
            o.putArray("dot_dung_thuoc").add(p);
        });
        assertThat(r.issues()).isEmpty();
    }

    @Test
    void noMessageRepeatsAnInputValue() {
        String secret = "Qzxw4471";
        ValidationReport r = check(o -> {
            o.put("ma_dinh_danh_cong_dan", secret);
            o.put("ngay_sinh_benh_nhan", secret);
            o.put("can_nang", secret);
            o.put("gioi_tinh", secret);
            o.put("ngay_gio_ke_don", secret);
            item(o).put("so_luong", secret);
            o.put(secret, secret);
        });
        assertThat(r.issues()).hasSizeGreaterThanOrEqualTo(6);
        for (Issue i : r.issues()) {
            for (var lang : List.of(Languages.VIETNAMESE, Languages.ENGLISH)) {
                assertThat(i.message(lang)).doesNotContain(secret);
            }
            assertThat(i.args()).noneMatch(a -> String.valueOf(a).contains(secret));
        }
    }
}
