package vn.emr.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class XmlPrologTest {

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("<GIAMDINHHS/>", "GIAMDINHHS", false),
                Arguments.of("\uFEFF<?xml version='1.0'?>\n<!-- c --> <?pi x?>\n<ns:HoSo xmlns:ns='u'>", "HoSo", false),
                Arguments.of("<?xml version='1.0'?><!DOCTYPE a [<!ENTITY x 'y'>]><a/>", "a", true),
                Arguments.of("<!-- a --><!doctype a><a/>", "a", true),
                Arguments.of("  <a\tb='1'>", "a", false),
                Arguments.of("text", "", false),
                Arguments.of("<?xml version='1.0'?>", "", false),
                Arguments.of("<!-- never closed", "", false));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void findsTheRootAndADoctypeInTheProlog(String xml, String root, boolean doctype) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        assertThat(XmlProlog.hasDoctype(bytes)).as("doctype in %s", xml).isEqualTo(doctype);
        assertThat(XmlProlog.rootElement(bytes)).as("root of %s", xml).isEqualTo(root);
    }
}
