package vn.emr.claims.envelope;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.emr.claims.ClaimsError;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.FieldRules;
import vn.emr.claims.table.TableDocument;
import vn.emr.claims.table.TableRecord;
import vn.emr.core.EmrException;
import vn.emr.core.validation.constraints.FacilityCodeValidator;
import vn.emr.signature.SignatureProfile;
import vn.emr.signature.SigningKey;
import vn.emr.signature.XmlSigner;

/**
 * The {@code GIAMDINHHS} file a facility sends the assessment portal ({@code domain/claims.md} §1.2):
 * {@code THONGTINDONVI/MACSKCB}, {@code THONGTINHOSO} with {@code NGAYLAP} and {@code SOLUONGHOSO}, one {@code HOSO}
 * per episode holding one {@code FILEHOSO} per table in ascending order ({@code LOAIHOSO} and {@code NOIDUNGFILE}, the
 * one-line base64 of the table document's UTF-8 bytes), then {@code CHUKYDONVI}. {@link #sign} signs the exact bytes
 * {@link #write} makes with the {@code CHUKYDONVI} profile; nothing is re-serialized after signing. Immutable.
 */
public final class ClaimsEnvelope {

    private static final String XMLNS = " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"";

    private final String facilityCode;
    private final LocalDate createdOn;
    private final List<ClaimEpisode> episodes;

    private ClaimsEnvelope(String facilityCode, LocalDate createdOn, List<ClaimEpisode> episodes) {
        this.facilityCode = facilityCode;
        this.createdOn = createdOn;
        this.episodes = List.copyOf(episodes);
    }

    /**
     * The envelope of these episodes from this facility, made on this date.
     *
     * @throws EmrException {@link ClaimsError#FACILITY_CODE} for a code other than 5 ASCII letters or digits,
     *     {@link ClaimsError#ENVELOPE_EMPTY} for no episode
     */
    public static ClaimsEnvelope of(String facilityCode, LocalDate createdOn, List<ClaimEpisode> episodes) {
        Objects.requireNonNull(createdOn, "createdOn");
        if (!isFacilityCode(facilityCode)) {
            throw new EmrException(ClaimsError.FACILITY_CODE, "MACSKCB");
        }
        if (episodes.isEmpty()) {
            throw new EmrException(ClaimsError.ENVELOPE_EMPTY, "DANHSACHHOSO");
        }
        return new ClaimsEnvelope(facilityCode, createdOn, episodes);
    }

    /** The facility-code rule of the record model ({@code MA_CSKCB}: 5 ASCII letters or digits). */
    static boolean isFacilityCode(String code) {
        return FacilityCodeValidator.matches(code);
    }

    /** The facility code ({@code MACSKCB}). */
    public String facilityCode() {
        return facilityCode;
    }

    /** The creation date ({@code NGAYLAP}). */
    public LocalDate createdOn() {
        return createdOn;
    }

    /** The episodes, in file order. */
    public List<ClaimEpisode> episodes() {
        return episodes;
    }

    /** The unsigned file: UTF-8 with its declaration, {@code CHUKYDONVI} empty. */
    public byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        writeHead(out, facilityCode, createdOn, episodes.size());
        for (ClaimEpisode e : episodes) {
            writeEpisode(out, e);
        }
        writeTail(out);
        return out.toByteArray();
    }

    static void writeHead(OutputStream out, String facilityCode, LocalDate createdOn, int count) {
        write(out, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<GIAMDINHHS" + XMLNS + ">"
                + "<THONGTINDONVI><MACSKCB>" + facilityCode + "</MACSKCB></THONGTINDONVI>"
                + "<THONGTINHOSO><NGAYLAP>" + FieldRules.DATE.format(createdOn) + "</NGAYLAP>"
                + "<SOLUONGHOSO>" + count + "</SOLUONGHOSO><DANHSACHHOSO>");
    }

    static void writeEpisode(OutputStream out, ClaimEpisode e) {
        Base64.Encoder base64 = Base64.getEncoder();
        write(out, "<HOSO>");
        for (Map.Entry<ClaimsTable, List<TableRecord>> t : e.tables().entrySet()) {
            write(out, "<FILEHOSO><LOAIHOSO>" + t.getKey().loaiHoSo() + "</LOAIHOSO><NOIDUNGFILE>");
            try {
                out.write(base64.encode(TableDocument.write(t.getKey(), t.getValue())));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            write(out, "</NOIDUNGFILE></FILEHOSO>");
        }
        write(out, "</HOSO>");
    }

    static void writeTail(OutputStream out) {
        write(out, "</DANHSACHHOSO></THONGTINHOSO><CHUKYDONVI></CHUKYDONVI></GIAMDINHHS>\n");
    }

    private static void write(OutputStream out, String s) {
        try {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file signed by the facility's key with the {@code CHUKYDONVI} profile, over the exact bytes of {@link #write}. */
    public byte[] sign(SigningKey facilityKey) {
        return XmlSigner.of(SignatureProfile.CHUKYDONVI).sign(write(), facilityKey);
    }

    @Override
    public String toString() {
        return "ClaimsEnvelope[episodes=" + episodes.size() + "]";
    }
}
