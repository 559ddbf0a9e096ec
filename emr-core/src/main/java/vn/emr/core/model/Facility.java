package vn.emr.core.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;
import vn.emr.core.internal.Masking;
import vn.emr.core.model.internal.Names;
import vn.emr.core.model.internal.Required;
import vn.emr.core.model.internal.SeenFields;
import vn.emr.core.validation.constraints.FacilityCode;
import vn.emr.core.validation.constraints.FreeText;
import vn.emr.core.validation.constraints.PlainText;

/**
 * A health facility identified by its 5-character code MA_CSKCB (rules of Decision 384/QD-BYT 2019).
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}. Optional parts are returned as
 * {@link java.util.Optional}, never null. {@link #toString()} masks personal data.
 *
 * @param code the facility code (MA_CSKCB)
 * @param name the facility name
 * @param address the address, if present
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonDeserialize(builder = Facility.Builder.class)
public record Facility(
        @PlainText
        @NotNull(message = "EMR-CORE-0005")
        @FacilityCode
        String code,
        @PlainText
        @NotBlank(message = "EMR-CORE-0005")
        @Size(max = 255, message = "EMR-CORE-0302")
        String name,
        Optional<@FreeText @Size(max = 1024, message = "EMR-CORE-0302") String> address) {

    /** Refuses a missing code or name; an absent address is {@link Optional#empty()}, never null. */
    public Facility {
        Required.part(code, "facility.code");
        Required.part(name, "facility.name");
        address = Objects.requireNonNullElse(address, Optional.empty());
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's parts, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.code = code;
        b.name = name;
        b.address = address.orElse(null);
        return b;
    }

    /** Shows the structure with personal data masked; safe to log. */
    @Override
    public String toString() {
        return "Facility[" + "code=" + Masking.part(code) + ", "
                + "name=" + Masking.part(name) + ", "
                + "address=" + Masking.part(address.orElse(null)) + "]";
    }

    /** Builds a {@link Facility}; also the JSON reader's entry point, so JSON input gets the same defaults. */
    @JsonPOJOBuilder(withPrefix = "json")
    public static final class Builder {

        private String code;
        private String name;
        private String address;

        /** Which fields JSON input has set, to refuse a field given twice (never silently keep the last). */
        private final SeenFields jsonSeen = new SeenFields();

        private Builder() {
        }

        /** Sets the facility code (MA_CSKCB). */
        public Builder code(String value) {
            this.code = value;
            return this;
        }

        /** Sets the facility name. */
        public Builder name(String value) {
            this.name = Names.normalize(value);
            return this;
        }

        /** Sets the address. */
        public Builder address(String value) {
            this.address = value;
            return this;
        }

        @JsonProperty("code")
        private Builder jsonCode(String value) {
            jsonSeen.mark(0, "code");
            return code(value);
        }

        @JsonProperty("name")
        private Builder jsonName(String value) {
            jsonSeen.mark(1, "name");
            return name(value);
        }

        @JsonProperty("address")
        private Builder jsonAddress(String value) {
            jsonSeen.mark(2, "address");
            return address(value);
        }

        /** The value; constraints are checked by {@link vn.emr.core.validation.RecordValidator}, not here. */
        public Facility build() {
            return new Facility(code, name, Optional.ofNullable(address));
        }
    }
}
