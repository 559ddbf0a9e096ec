package vn.emr.claims.portal;

/**
 * What a file sent to the portal is ({@code domain/claims.md} §1.5): the check-in document (XML0, form field
 * {@code loaiHoSo=0}) or the claims file ({@code GIAMDINHHS}, {@code loaiHoSo=130}).
 */
public enum PortalFileKind {
    /** The check-in document {@code CHI_TIEU_TRANG_THAI_KCB} (XML0), sent as soon as the first cost arises. */
    CHECK_IN("0"),
    /** The claims file {@code GIAMDINHHS}. */
    CLAIMS("130");

    private final String loaiHoSo;

    PortalFileKind(String loaiHoSo) {
        this.loaiHoSo = loaiHoSo;
    }

    /** The value of the form field {@code loaiHoSo}. */
    public String loaiHoSo() {
        return loaiHoSo;
    }
}
