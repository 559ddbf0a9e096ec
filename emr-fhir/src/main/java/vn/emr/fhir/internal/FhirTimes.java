package vn.emr.fhir.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.hl7.fhir.r4.model.DateTimeType;
import vn.emr.core.EmrException;
import vn.emr.fhir.FhirError;

/**
 * Date-times between the model's local times and FHIR's: the model keeps facility-local times without a zone; FHIR
 * requires a zone on every time, so they are written at Vietnam's offset, UTC+07:00 (no daylight saving time), and read
 * back at that offset whatever offset the input gives.
 */
public final class FhirTimes {

    /** Vietnam's offset from UTC. */
    public static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss[.SSS]xxx");

    private FhirTimes() {
    }

    /** A FHIR dateTime at +07:00, to the millisecond (FHIR's and HAPI's finest precision kept here). */
    public static DateTimeType write(LocalDateTime value) {
        LocalDateTime millis = value.withNano(value.getNano() / 1_000_000 * 1_000_000);
        return new DateTimeType(millis.atOffset(VIETNAM).format(OUT));
    }

    /** The local time at +07:00 of a FHIR dateTime that carries a time and a zone. */
    public static LocalDateTime read(DateTimeType value, String path) {
        if (value == null || value.isEmpty()) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path);
        }
        String text = value.getValueAsString();
        if (text == null || text.length() <= 10) {
            throw new EmrException(FhirError.DATE_TIME, path);
        }
        try {
            return OffsetDateTime.parse(text).withOffsetSameInstant(VIETNAM).toLocalDateTime();
        } catch (DateTimeParseException e) {
            throw new EmrException(FhirError.DATE_TIME, path); // no cause: its message quotes the input
        }
    }
}
