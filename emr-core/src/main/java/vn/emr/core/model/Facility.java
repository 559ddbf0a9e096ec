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
 * {@link java.util.Optional}, lists are never null. {@link #toString()} masks personal data.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = Facility.Builder.class)
public final class Facility {

    @PlainText
    @NotNull(message = "EMR-CORE-0005")
    @FacilityCode
    private final String code;
    @PlainText
    @NotBlank(message = "EMR-CORE-0005")
    @Size(max = 255, message = "EMR-CORE-0302")
    private final String name;
    @FreeText
    @Size(max = 1024, message = "EMR-CORE-0302")
    private final String address;

    private Facility(Builder b) {
        this.code = Required.part(b.code, "facility.code");
        this.name = Required.part(b.name, "facility.name");
        this.address = b.address;
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
        b.address = address;
        return b;
    }

    /** The facility code (MA_CSKCB). */
    public String code() {
        return code;
    }

    /** The facility name. */
    public String name() {
        return name;
    }

    /** The address, if present. */
    public Optional<String> address() {
        return Optional.ofNullable(address);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Facility)) {
            return false;
        }
        Facility other = (Facility) o;
        return Objects.equals(code, other.code)
                && Objects.equals(name, other.name)
                && Objects.equals(address, other.address);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, address);
    }

    /** Shows the structure with personal data masked; safe to log. */
    @Override
    public String toString() {
        return "Facility[" + "code=" + Masking.part(code) + ", "
                + "name=" + Masking.part(name) + ", "
                + "address=" + Masking.part(address) + "]";
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
            return new Facility(this);
        }
    }
}
