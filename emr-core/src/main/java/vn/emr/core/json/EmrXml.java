package vn.emr.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.internal.XmlProlog;

/**
 * The XML flavour of the documented form (same names and value formats as {@link EmrJson}, one element per field,
 * list items repeated under their list element), for documents that are signed with XML-DSig.
 *
 * <p>Reading refuses DTDs and external entities (no XXE, no entity expansion) and unknown elements, with a coded
 * {@link EmrException}. Thread-safe.
 */
public final class EmrXml {

    private static final XmlMapper MAPPER = createMapper();

    private EmrXml() {
    }

    private static XmlMapper createMapper() {
        XMLInputFactory in = XMLInputFactory.newFactory();
        in.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        in.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        XmlMapper mapper = new XmlMapper(new XmlFactory(in, XMLOutputFactory.newFactory()));
        mapper.registerModule(new Jdk8Module());
        mapper.registerModule(new JavaTimeModule());
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        return mapper;
    }

    /** The value as UTF-8 XML with an XML declaration; the root element is the type's simple name. */
    public static byte[] write(Object value) {
        Objects.requireNonNull(value, "value");
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new EmrException(CoreError.JSON_BAD_VALUE, "", e, ExpectedForm.VALUE);
        }
    }

    /** Reads a value of the type from UTF-8 XML; a document type declaration is refused. */
    public static <T> T read(byte[] xml, Class<T> type) {
        Objects.requireNonNull(xml, "xml");
        if (xml.length == 0) {
            throw new EmrException(CoreError.EMPTY_INPUT, "");
        }
        if (XmlProlog.hasDoctype(xml)) {
            throw new EmrException(CoreError.JSON_MALFORMED, "",
                    vn.emr.core.i18n.Localizable.of("không cho phép DOCTYPE", "DOCTYPE is not allowed"));
        }
        try {
            return MAPPER.readValue(xml, type);
        } catch (UnrecognizedPropertyException e) {
            throw new EmrException(CoreError.JSON_UNKNOWN_FIELD, EmrJson.path(e), e.getPropertyName());
        } catch (JsonMappingException e) {
            throw new EmrException(CoreError.JSON_BAD_VALUE, EmrJson.path(e), e, ExpectedForm.of(e));
        } catch (IOException e) {
            throw new EmrException(CoreError.JSON_MALFORMED, "", e, EmrJson.where(null));
        }
    }
}
