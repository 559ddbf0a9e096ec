package vn.emr.core.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import vn.emr.core.model.internal.Required;
import vn.emr.core.model.internal.SeenFields;
import vn.emr.core.internal.Masking;
import vn.emr.core.validation.constraints.FreeText;
import vn.emr.core.validation.constraints.PlainText;

/**
 * A clinical progress note (diễn biến lâm sàng, claims table XML5): time, author and text (Circular 32/2023 art.
 * 52: every entry shows its time and author).
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}. Optional parts are returned as
 * {@link java.util.Optional}, never null. {@link #toString()} masks personal data.
 *
 * @param noteId the note identifier, unique in the record
 * @param recordedAt the clinical time of the note (THOI_DIEM_DBLS)
 * @param authorLicense the author's licence or code (NGUOI_THUC_HIEN)
 * @param text the course and care given (DIEN_BIEN_LS)
 * @param departmentCode the department, if present
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonDeserialize(builder = ProgressNote.Builder.class)
public record ProgressNote(
        @PlainText
        @NotBlank(message = "EMR-CORE-0005")
        @Size(max = 100, message = "EMR-CORE-0302")
        String noteId,
        @NotNull(message = "EMR-CORE-0005")
        LocalDateTime recordedAt,
        @PlainText
        @NotBlank(message = "EMR-CORE-0005")
        @Size(max = 255, message = "EMR-CORE-0302")
        String authorLicense,
        @FreeText
        @NotBlank(message = "EMR-CORE-0005")
        @Size(max = 20000, message = "EMR-CORE-0302")
        String text,
        Optional<@PlainText @Size(max = 50, message = "EMR-CORE-0302") String> departmentCode) {

    /** Refuses a missing required part; an absent optional part is {@link Optional#empty()}, never null. */
    public ProgressNote {
        Required.part(noteId, "progressNote.noteId");
        Required.part(recordedAt, "progressNote.recordedAt");
        Required.part(authorLicense, "progressNote.authorLicense");
        Required.part(text, "progressNote.text");
        departmentCode = Objects.requireNonNullElse(departmentCode, Optional.empty());
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's parts, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.noteId = noteId;
        b.recordedAt = recordedAt;
        b.authorLicense = authorLicense;
        b.text = text;
        b.departmentCode = departmentCode.orElse(null);
        return b;
    }

    /** Shows the structure with personal data masked; safe to log. */
    @Override
    public String toString() {
        return "ProgressNote[" + "noteId=" + Masking.part(noteId) + ", "
                + "recordedAt=" + Masking.part(recordedAt) + ", "
                + "authorLicense=" + Masking.part(authorLicense) + ", "
                + "text=" + Masking.part(text) + ", "
                + "departmentCode=" + Masking.part(departmentCode.orElse(null)) + "]";
    }

    /** Builds a {@link ProgressNote}; also the JSON reader's entry point, so JSON input gets the same defaults. */
    @JsonPOJOBuilder(withPrefix = "json")
    public static final class Builder {

        private String noteId;
        private LocalDateTime recordedAt;
        private String authorLicense;
        private String text;
        private String departmentCode;

        /** Which fields JSON input has set, to refuse a field given twice (never silently keep the last). */
        private final SeenFields jsonSeen = new SeenFields();

        private Builder() {
        }

        /** Sets the note identifier, unique in the record. */
        public Builder noteId(String value) {
            this.noteId = value;
            return this;
        }

        /** Sets the clinical time of the note (THOI_DIEM_DBLS). */
        public Builder recordedAt(LocalDateTime value) {
            this.recordedAt = value;
            return this;
        }

        /** Sets the author's licence or code (NGUOI_THUC_HIEN). */
        public Builder authorLicense(String value) {
            this.authorLicense = value;
            return this;
        }

        /** Sets the course and care given (DIEN_BIEN_LS). */
        public Builder text(String value) {
            this.text = value;
            return this;
        }

        /** Sets the department. */
        public Builder departmentCode(String value) {
            this.departmentCode = value;
            return this;
        }

        @JsonProperty("noteId")
        private Builder jsonNoteId(String value) {
            jsonSeen.mark(0, "noteId");
            return noteId(value);
        }

        @JsonProperty("recordedAt")
        private Builder jsonRecordedAt(LocalDateTime value) {
            jsonSeen.mark(1, "recordedAt");
            return recordedAt(value);
        }

        @JsonProperty("authorLicense")
        private Builder jsonAuthorLicense(String value) {
            jsonSeen.mark(2, "authorLicense");
            return authorLicense(value);
        }

        @JsonProperty("text")
        private Builder jsonText(String value) {
            jsonSeen.mark(3, "text");
            return text(value);
        }

        @JsonProperty("departmentCode")
        private Builder jsonDepartmentCode(String value) {
            jsonSeen.mark(4, "departmentCode");
            return departmentCode(value);
        }

        /** The value; constraints are checked by {@link vn.emr.core.validation.RecordValidator}, not here. */
        public ProgressNote build() {
            return new ProgressNote(noteId, recordedAt, authorLicense, text, Optional.ofNullable(departmentCode));
        }
    }
}
