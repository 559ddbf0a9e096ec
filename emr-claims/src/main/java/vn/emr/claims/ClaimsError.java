package vn.emr.claims;

import java.util.Locale;
import vn.emr.core.ErrorCode;
import vn.emr.core.i18n.MessageBundle;

/**
 * The error and warning codes of {@code emr-claims} ({@code EMR-CLM-nnnn}); texts in
 * {@code claims-errors_vi/en.properties}.
 *
 * <p>Ranges: 00xx profiles; 01xx money (line amounts, benefit rates, dated configuration); 02xx table values and table documents; 03xx the
 * {@code GIAMDINHHS} envelope; 04xx typed records; 05xx the papers mapped from the record (XML7, XML8, XML13, XML14); 08xx the assessment-portal client
 * ({@code vn.emr.claims.portal}).
 */
public enum ClaimsError implements ErrorCode {
    // 00xx profiles
    /** A claim dated before the first profile this SDK implements (QĐ 130, from 2023-09-01; QĐ 4210 is not). */
    PROFILE_UNSUPPORTED("EMR-CLM-0001"),
    /** Episodes of different profiles in one file (a file goes to one profile's portal endpoint). */
    PROFILES_MIXED("EMR-CLM-0002"),
    /** A table the profile does not have (XML13, XML14, XML15 under QĐ 130, which 4750 added). */
    TABLE_NOT_IN_PROFILE("EMR-CLM-0003"),
    // 01xx money
    /** An amount, price, quantity or rate is negative. */
    MONEY_NEGATIVE("EMR-CLM-0101"),
    /** A value carries more decimal places than its field allows (nothing is rounded silently). */
    MONEY_SCALE("EMR-CLM-0102"),
    /** A percentage lies outside 0..100. */
    RATE_RANGE("EMR-CLM-0103"),
    /** Other funding of a line is not below the line's cost at the facility's price. */
    OTHER_FUNDING_RANGE("EMR-CLM-0104"),
    /** Other funding is given without saying whom it supports (case a, b or c of the decision). */
    OTHER_FUNDING_CASE("EMR-CLM-0105"),
    /** No base salary is configured for the date. */
    BASE_SALARY_UNKNOWN("EMR-CLM-0106"),
    /** A dated configuration holds two values for one date. */
    DATED_VALUE_DUPLICATE("EMR-CLM-0107"),
    /** A visit or procedure ordinal below 1. */
    ORDINAL_RANGE("EMR-CLM-0108"),
    /** An amount does not fit the 15 characters of its field. */
    MONEY_TOO_LARGE("EMR-CLM-0109"),
    /** A drug line with two different unit prices or a service rate. */
    DRUG_LINE_SHAPE("EMR-CLM-0110"),
    /** The fund's amount of a line exceeds the line's cost at the facility's price. */
    INSURANCE_ABOVE_FACILITY("EMR-CLM-0111"),
    // 02xx table values and table documents
    /** The table has no field of this name. */
    FIELD_UNKNOWN("EMR-CLM-0201"),
    /** A value longer than its field's declared size. */
    FIELD_TOO_LONG("EMR-CLM-0202"),
    /** A number field holding something other than a plain decimal number. */
    FIELD_NOT_A_NUMBER("EMR-CLM-0203"),
    /** A date field that is not a real date in the form yyyyMMdd. */
    FIELD_DATE("EMR-CLM-0204"),
    /** A date-time field that is not a real time in the form yyyyMMddHHmm. */
    FIELD_DATE_TIME("EMR-CLM-0205"),
    /** A decimal with other than the prescribed decimal places. */
    FIELD_DECIMALS("EMR-CLM-0206"),
    /** Spaces in a field that takes none. */
    FIELD_SPACES("EMR-CLM-0207"),
    /** A character XML 1.0 cannot carry, or a control character in a value. */
    FIELD_CHARACTERS("EMR-CLM-0208"),
    /** A field given twice in one record. */
    FIELD_REPEATED("EMR-CLM-0209"),
    /** A table document that is not well-formed XML, or holds a DOCTYPE. */
    TABLE_MALFORMED("EMR-CLM-0210"),
    /** A table document whose element structure is not the table's. */
    TABLE_STRUCTURE("EMR-CLM-0211"),
    /** A table document whose root element is not the expected table's. */
    TABLE_ROOT("EMR-CLM-0212"),
    /** A one-record table document holding other than one record. */
    TABLE_RECORD_COUNT("EMR-CLM-0213"),
    // 03xx the GIAMDINHHS envelope
    /** A facility code (MACSKCB) that is not 5 letters or digits. */
    FACILITY_CODE("EMR-CLM-0301"),
    /** An episode without its summary table XML1. */
    EPISODE_NO_SUMMARY("EMR-CLM-0302"),
    /** A table that does not travel in the envelope (the check-in XML0, the portal's XML12). */
    EPISODE_TABLE_NOT_SENT("EMR-CLM-0303"),
    /** A table row whose MA_LK is not its episode's. */
    EPISODE_LINK("EMR-CLM-0304"),
    /** An envelope that is not well-formed XML, or holds a DOCTYPE. */
    ENVELOPE_MALFORMED("EMR-CLM-0305"),
    /** An envelope whose element structure is not GIAMDINHHS's. */
    ENVELOPE_STRUCTURE("EMR-CLM-0306"),
    /** A LOAIHOSO that names no table. */
    FILE_TYPE_UNKNOWN("EMR-CLM-0307"),
    /** A NOIDUNGFILE that is not base64. */
    FILE_BASE64("EMR-CLM-0308"),
    /** A NOIDUNGFILE whose document is not the table its LOAIHOSO names. */
    FILE_TABLE_MISMATCH("EMR-CLM-0309"),
    /** A NGAYLAP that is not a real date yyyyMMdd. */
    ENVELOPE_DATE("EMR-CLM-0310"),
    /** An envelope with no episode. */
    ENVELOPE_EMPTY("EMR-CLM-0311"),
    /** A table given twice in one episode. */
    EPISODE_TABLE_REPEATED("EMR-CLM-0312"),
    /** A batch could not be written or signed; nothing was left behind. */
    BATCH_FAILED("EMR-CLM-0313"),
    /** A batch target that is not a regular file (or, for a folder batch, not a folder). */
    BATCH_TARGET("EMR-CLM-0314"),
    /**
     * A file or table document that is not UTF-8 (a UTF-16 or UTF-32 byte order mark, or a declared encoding other
     * than UTF-8): read in its own encoding, its text would not be what was written.
     */
    NOT_UTF8("EMR-CLM-0315"),
    // 05xx papers from the record (XML7, XML8, XML13, XML14)
    /** A paper table applies to the episode but a mandatory value is neither in the record nor in the paper terms. */
    PAPER_VALUE_MISSING("EMR-CLM-0501"),
    /** A paper-terms file that is not the documented JSON form. */
    PAPER_TERMS_MALFORMED("EMR-CLM-0502"),
    /** A referral reason code (MA_LYDO_CT) other than 1, 2 or 3. */
    PAPER_REFERRAL_REASON("EMR-CLM-0503"),
    /** A tenders file that is not a JSON object of TT_THAU texts keyed by drug or supply code. */
    TENDERS_MALFORMED("EMR-CLM-0504"),
    // 0401-0419 typed records (vn.emr.claims.table.typed)
    /** A whole-number field of a typed record holding a fraction, or more digits than its Java type holds. */
    TYPED_NOT_WHOLE("EMR-CLM-0401"),
    /** A mandatory field of a typed record, or of its profile's table, is missing. */
    TYPED_MANDATORY_MISSING("EMR-CLM-0402"),
    /** A typed record holds a value in a field the profile's table does not have. */
    TYPED_FIELD_NOT_IN_PROFILE("EMR-CLM-0403"),
    /** A table record given to the typed record of another table. */
    TYPED_WRONG_TABLE("EMR-CLM-0404"),
    /** A date-time with seconds or fractions, which a yyyyMMddHHmm field cannot hold (never truncated). */
    TYPED_SECONDS("EMR-CLM-0405"),
    /** A typed record converted under a profile that has no such table. */
    TYPED_TABLE_NOT_IN_PROFILE("EMR-CLM-0406"),
    /** An item of a multi-value field that is empty or holds the separator ';'. */
    TYPED_LIST_ITEM("EMR-CLM-0407"),
    // 08xx the assessment-portal client (vn.emr.claims.portal; domain/claims.md §1.5 and §3.6)
    /** The portal accepted the file (maKetQua 200). */
    PORTAL_ACCEPTED("EMR-CLM-0801"),
    /** The portal answered 401: the token was refused, also after one renewal. */
    PORTAL_UNAUTHENTICATED("EMR-CLM-0802"),
    /** The portal answered 403: the account may not send for this facility. */
    PORTAL_FORBIDDEN("EMR-CLM-0803"),
    /** The portal answered 123: the file is not signed. */
    PORTAL_UNSIGNED("EMR-CLM-0804"),
    /** The portal answered 125: the signature is invalid or the file changed after signing. */
    PORTAL_BAD_SIGNATURE("EMR-CLM-0805"),
    /** The portal answered with a result code this SDK does not know (kept as given). */
    PORTAL_OTHER_CODE("EMR-CLM-0806"),
    /** The portal kept answering with a server error (5xx) until the retries ran out. */
    PORTAL_SERVER_ERROR("EMR-CLM-0807"),
    /** The portal could not be reached (connection refused or dropped) until the retries ran out. */
    PORTAL_UNREACHABLE("EMR-CLM-0808"),
    /** The request timed out after it was sent: it may have arrived; it is not sent again automatically. */
    PORTAL_OUTCOME_UNKNOWN("EMR-CLM-0809"),
    /** The portal answered, but not with the documented JSON (no readable maKetQua). */
    PORTAL_ANSWER_UNREADABLE("EMR-CLM-0810"),
    /** The login (token/take) was refused or gave no token. */
    PORTAL_LOGIN_REFUSED("EMR-CLM-0811"),
    /** Refused before sending: the file is not signed (the portal would answer 123). */
    PORTAL_LOCAL_UNSIGNED("EMR-CLM-0812"),
    /** Refused before sending: the signature does not verify (the portal would answer 125). */
    PORTAL_LOCAL_BAD_SIGNATURE("EMR-CLM-0813"),
    /** Refused before sending: the claims checks found an error. */
    PORTAL_LOCAL_CHECKS("EMR-CLM-0814"),
    /** Refused before sending: the file is not a readable GIAMDINHHS (or, for check-in, XML0) document. */
    PORTAL_LOCAL_UNREADABLE("EMR-CLM-0815"),
    /** A dry run: checked, and would be sent (nothing was sent). */
    PORTAL_WOULD_SEND("EMR-CLM-0816"),
    /** The batch journal is not the documented JSON form (it is never overwritten then). */
    PORTAL_JOURNAL_MALFORMED("EMR-CLM-0817"),
    /** The portal endpoint is not an absolute http or https URI with a host. */
    PORTAL_ENDPOINT("EMR-CLM-0818"),
    /** The portal user name or password is empty. */
    PORTAL_CREDENTIALS("EMR-CLM-0819"),
    // 0820.. portal client hardening (issue 12 review)
    /** The portal answered with a redirect (HTTP 3xx); it is not followed, the account goes to no other host. */
    PORTAL_REDIRECTED("EMR-CLM-0820"),
    /** The portal refused the request with an HTTP 4xx status and no result code: the file was not taken. */
    PORTAL_REQUEST_REFUSED("EMR-CLM-0821"),
    /** Another batch run holds the journal (its lock file): two runs on one journal would send files twice. */
    PORTAL_JOURNAL_LOCKED("EMR-CLM-0822"),
    /** An HTTP client that follows redirects was given: the account's headers would go to the redirect's host. */
    PORTAL_HTTP_CLIENT_REDIRECTS("EMR-CLM-0823"),
    /** The batch was interrupted: files on their way were recorded in the journal; run it again to resume. */
    PORTAL_BATCH_INTERRUPTED("EMR-CLM-0824"),
    /** A plain-http portal endpoint on a host other than this machine: the password's hash would cross in clear. */
    PORTAL_PLAIN_HTTP("EMR-CLM-0825");

    private static final MessageBundle BUNDLE =
            MessageBundle.load(ClaimsError.class::getResourceAsStream, "claims-errors");

    private final String code;

    ClaimsError(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String message(Locale locale, Object... args) {
        return BUNDLE.format(code, locale, args);
    }
}
