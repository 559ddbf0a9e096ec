package vn.emr.claims.envelope;

import java.util.List;
import vn.emr.claims.ClaimsError;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableDocument;
import vn.emr.claims.table.TableRecord;
import vn.emr.core.EmrException;
import vn.emr.signature.SignatureProfile;
import vn.emr.signature.SigningKey;
import vn.emr.signature.XmlSigner;

/**
 * The check-in document (XML0, {@code CHI_TIEU_TRANG_THAI_KCB}) sent on its own as soon as the first cost arises
 * ({@code domain/claims.md} §2.1): its records, then {@code CHUKYDONVI} holding the facility's enveloped signature over
 * the whole document. The signature is made over the exact bytes {@link TableDocument#write} produces.
 */
public final class CheckInDocument {

    /** Where the signature goes. */
    public static final String SIGNATURE_CONTAINER = "/CHI_TIEU_TRANG_THAI_KCB/CHUKYDONVI";

    private CheckInDocument() {
    }

    /**
     * The signed check-in document of these records.
     *
     * @throws EmrException {@link ClaimsError#TABLE_ROOT} for a record of another table
     */
    public static byte[] sign(List<TableRecord> records, SigningKey facilityKey) {
        byte[] unsigned = TableDocument.write(ClaimsTable.XML0, records);
        return XmlSigner.builder(SignatureProfile.ENVELOPED).container(SIGNATURE_CONTAINER).build()
                .sign(unsigned, facilityKey);
    }

    /** The records of a check-in document (its signature is verified separately, on the same bytes). */
    public static List<TableRecord> read(byte[] xml) {
        return TableDocument.read(ClaimsTable.XML0, xml);
    }
}
