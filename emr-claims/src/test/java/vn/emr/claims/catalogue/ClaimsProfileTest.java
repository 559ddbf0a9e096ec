package vn.emr.claims.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emr.claims.ClaimsError;
import vn.emr.core.EmrException;

/** Profiles by the claim's own date, and what each changes in the catalogue (domain/claims.md §1.1, §2.4). */
class ClaimsProfileTest {

    @Test
    void theClaimsDatePicksTheProfile() {
        assertThat(ClaimsProfile.forClaimDate(LocalDate.of(2024, 7, 1))).isEqualTo(ClaimsProfile.QD4750);
        assertThat(ClaimsProfile.forClaimDate(LocalDate.of(2024, 12, 31))).isEqualTo(ClaimsProfile.QD4750);
        assertThat(ClaimsProfile.forClaimDate(LocalDate.of(2025, 1, 1))).isEqualTo(ClaimsProfile.QD3176);
        assertThat(ClaimsProfile.forClaimDate(LocalDate.of(2026, 6, 30))).isEqualTo(ClaimsProfile.QD3176);
        assertThat(ClaimsProfile.forClaimDate(LocalDate.of(2026, 7, 1))).isEqualTo(ClaimsProfile.QD3176_2026);
        EmrException e = catchThrowableOfType(EmrException.class,
                () -> ClaimsProfile.forClaimDate(LocalDate.of(2024, 6, 30)));
        assertThat(e.code()).isEqualTo(ClaimsError.PROFILE_UNSUPPORTED);
    }

    @Test
    void decision3176ReworksXml13Only() {
        TableSpec before = ClaimsProfile.QD4750.catalogue().table(ClaimsTable.XML13);
        TableSpec after = ClaimsProfile.QD3176.catalogue().table(ClaimsTable.XML13);
        assertThat(before.names()).contains("MA_NOI_DI", "MA_NOI_DEN", "PP_DIEU_TRI", "TEN_DICH_VU", "TEN_THUOC");
        assertThat(after.names()).doesNotContain("MA_NOI_DI", "MA_NOI_DEN", "PP_DIEU_TRI", "TEN_DICH_VU",
                "TEN_THUOC").contains("MA_CSKCB_DI", "MA_CSKCB_DEN", "TINH_TRANG_CT");
        assertThat(after.fields()).hasSize(before.fields().size() - 2);
        // renamed fields keep their place
        assertThat(after.names().indexOf("MA_CSKCB_DI")).isEqualTo(before.names().indexOf("MA_NOI_DI"));
        assertThat(after.names().indexOf("MA_CSKCB_DEN")).isEqualTo(before.names().indexOf("MA_NOI_DEN"));
        assertThat(after.field("MA_CSKCB_DI").orElseThrow().maxLength()).hasValue(100);
        assertThat(after.field("MA_CSKCB_DI").orElseThrow().multiValue()).isTrue();
        assertThat(after.field("MA_TTDV").orElseThrow().maxLength()).hasValue(255);
        assertThat(after.field("TINH_TRANG_CT").orElseThrow().maxLength()).isEmpty();
        for (ClaimsTable t : ClaimsTable.values()) {
            if (t != ClaimsTable.XML13) {
                assertThat(ClaimsProfile.QD3176.catalogue().table(t)).isEqualTo(ClaimsProfile.QD4750.catalogue()
                        .table(t));
            }
        }
    }

    @Test
    void theAmendmentOf2026WidensTheBenefitRate() {
        for (ClaimsTable t : List.of(ClaimsTable.XML2, ClaimsTable.XML3)) {
            assertThat(ClaimsProfile.QD3176.catalogue().table(t).field("MUC_HUONG").orElseThrow().maxLength())
                    .hasValue(3);
            assertThat(ClaimsProfile.QD3176_2026.catalogue().table(t).field("MUC_HUONG").orElseThrow().maxLength())
                    .hasValue(4);
        }
        assertThat(ClaimsProfile.QD3176_2026.catalogue().table(ClaimsTable.XML13))
                .isEqualTo(ClaimsProfile.QD3176.catalogue().table(ClaimsTable.XML13));
        assertThat(ClaimsProfile.QD3176_2026.catalogue().fieldCount())
                .isEqualTo(ClaimsProfile.QD4750.catalogue().fieldCount() - 2);
    }
}
