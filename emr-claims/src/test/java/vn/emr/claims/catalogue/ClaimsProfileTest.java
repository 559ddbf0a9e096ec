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
        // QĐ 130 Điều 4-5: official from 2023-09-01, when QĐ 4210 ends; QĐ 4750 applies from 2024-07-01
        assertThat(ClaimsProfile.forClaimDate(LocalDate.of(2023, 9, 1))).isEqualTo(ClaimsProfile.QD130);
        assertThat(ClaimsProfile.forClaimDate(LocalDate.of(2024, 6, 30))).isEqualTo(ClaimsProfile.QD130);
        assertThat(ClaimsProfile.values()[0]).isEqualTo(ClaimsProfile.QD130);
        assertThat(ClaimsProfile.forClaimDate(LocalDate.of(2024, 7, 1))).isEqualTo(ClaimsProfile.QD4750);
        assertThat(ClaimsProfile.forClaimDate(LocalDate.of(2024, 12, 31))).isEqualTo(ClaimsProfile.QD4750);
        assertThat(ClaimsProfile.forClaimDate(LocalDate.of(2025, 1, 1))).isEqualTo(ClaimsProfile.QD3176);
        assertThat(ClaimsProfile.forClaimDate(LocalDate.of(2026, 6, 30))).isEqualTo(ClaimsProfile.QD3176);
        assertThat(ClaimsProfile.forClaimDate(LocalDate.of(2026, 7, 1))).isEqualTo(ClaimsProfile.QD3176_2026);
        EmrException e = catchThrowableOfType(EmrException.class,
                () -> ClaimsProfile.forClaimDate(LocalDate.of(2023, 8, 31)));
        assertThat(e.code()).isEqualTo(ClaimsError.PROFILE_UNSUPPORTED);
    }

    @Test
    void decision130HasNeitherTheTablesNorTheFieldsThat4750Added() {
        FieldCatalogue qd130 = ClaimsProfile.QD130.catalogue();
        FieldCatalogue qd4750 = ClaimsProfile.QD4750.catalogue();
        // claims.md §1.1: 4750 added Bảng 13, 14 and 15 (39, 22 and 20 fields, §2.1)
        for (ClaimsTable t : List.of(ClaimsTable.XML13, ClaimsTable.XML14, ClaimsTable.XML15)) {
            assertThat(qd130.has(t)).isFalse();
            assertThat(qd130.find(t)).isEmpty();
            EmrException e = catchThrowableOfType(EmrException.class, () -> qd130.table(t));
            assertThat(e.code()).isEqualTo(ClaimsError.TABLE_NOT_IN_PROFILE);
            assertThat(e.issues().get(0).path()).isEqualTo(t.name());
        }
        assertThat(qd130.tables()).extracting(TableSpec::table).containsExactly(ClaimsTable.XML0, ClaimsTable.XML1,
                ClaimsTable.XML2, ClaimsTable.XML3, ClaimsTable.XML4, ClaimsTable.XML5, ClaimsTable.XML6,
                ClaimsTable.XML7, ClaimsTable.XML8, ClaimsTable.XML9, ClaimsTable.XML10, ClaimsTable.XML11,
                ClaimsTable.XML12);
        // fields-130.csv marks 25 fields "[Mới theo QĐ 4750]" (8 of XML0, NHOM_MAU of XML1, 16 of XML6) and adds
        // DU_PHONG to XML7, XML9, XML10 and XML11 ("Bổ sung thêm trường dự phòng")
        assertThat(qd130.fieldCount()).isEqualTo(481 - 39 - 22 - 20 - 25 - 4);
        assertThat(qd130.table(ClaimsTable.XML0).names()).hasSize(26 - 8).doesNotContain("NGAY_VAO_NOI_TRU",
                "LY_DO_VNT", "MA_LY_DO_VNT", "MA_THUOC", "TEN_THUOC", "MA_VAT_TU", "TEN_VAT_TU", "DU_PHONG");
        assertThat(qd130.table(ClaimsTable.XML1).names()).hasSize(65).doesNotContain("NHOM_MAU")
                .contains("NGAY_VAO_NOI_TRU", "LY_DO_VNT", "DU_PHONG");
        assertThat(qd130.table(ClaimsTable.XML6).names()).hasSize(47 - 16).doesNotContain("SANG_LOC_LAO", "MA_CSKCB");
        for (ClaimsTable t : List.of(ClaimsTable.XML7, ClaimsTable.XML9, ClaimsTable.XML10, ClaimsTable.XML11)) {
            assertThat(qd130.table(t).names()).doesNotContain("DU_PHONG")
                    .hasSize(qd4750.table(t).names().size() - 1);
        }
        assertThat(qd130.table(ClaimsTable.XML8).names()).contains("DU_PHONG");
        // the rest of each table in the same order
        for (TableSpec t : qd130.tables()) {
            assertThat(qd4750.table(t.table()).names()).containsSubsequence(t.names());
        }
        // "Đổi kiểu dữ liệu thành chuỗi": a number before 4750, same size
        FieldSpec cccd = qd130.table(ClaimsTable.XML1).field("SO_CCCD").orElseThrow();
        assertThat(cccd.type()).isEqualTo(FieldSpec.FieldType.NUMBER);
        assertThat(cccd.maxLength()).hasValue(15);
        assertThat(qd130.table(ClaimsTable.XML1).field("MA_LOAI_KCB").orElseThrow().type())
                .isEqualTo(FieldSpec.FieldType.NUMBER);
        assertThat(qd130.table(ClaimsTable.XML7).field("MA_TTDV").orElseThrow().type())
                .isEqualTo(FieldSpec.FieldType.NUMBER);
        assertThat(qd130.table(ClaimsTable.XML1).field("HO_TEN").orElseThrow().type())
                .isEqualTo(FieldSpec.FieldType.TEXT);
        // "Tăng kích thước tối đa lên N": the size before is unknown, the 4750 size is kept (PROFILES.md)
        assertThat(qd130.table(ClaimsTable.XML1).field("MA_DOITUONG_KCB").orElseThrow().maxLength()).hasValue(4);
        assertThat(qd130.table(ClaimsTable.XML2).field("MA_KHOA").orElseThrow().maxLength()).hasValue(50);
        assertThat(qd130.table(ClaimsTable.XML2)).isEqualTo(qd4750.table(ClaimsTable.XML2));
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
