package vn.emr.core.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * emr-core must not require ZXing or {@code java.desktop}: a user who only wants the model pulls neither, and the
 * image entry points fail with a coded error when they are absent.
 */
class ImagingOptionalArchitectureTest {

    private static final Path MODULE = Path.of(System.getProperty("user.dir"));
    private static final Path MAIN = MODULE.resolve("src/main/java");

    @Test
    void zxingIsAnOptionalMavenDependency() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document pom = factory.newDocumentBuilder().parse(MODULE.resolve("pom.xml").toFile());
        Element dependencies = (Element) pom.getDocumentElement().getElementsByTagName("dependencies").item(0);
        NodeList list = dependencies.getElementsByTagName("dependency");
        List<String> zxing = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            Element dependency = (Element) list.item(i);
            if ("com.google.zxing".equals(text(dependency, "groupId"))) {
                String scope = text(dependency, "scope");
                boolean optional = "true".equals(text(dependency, "optional"));
                assertThat(optional || "test".equals(scope))
                        .as("com.google.zxing:%s must be <optional>true</optional>", text(dependency, "artifactId"))
                        .isTrue();
                zxing.add(text(dependency, "artifactId"));
            }
        }
        assertThat(zxing).as("the image path still compiles against ZXing").contains("core");
    }

    @Test
    void imagingModulesAreStaticRequires() throws IOException {
        String descriptor = Files.readString(MAIN.resolve("module-info.java"), StandardCharsets.UTF_8)
                .replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
        Matcher requires = Pattern.compile("requires\\s+((?:static\\s+|transitive\\s+)*)([\\w.]+)\\s*;")
                .matcher(descriptor);
        int imaging = 0;
        while (requires.find()) {
            String module = requires.group(2);
            if (module.equals("java.desktop") || module.startsWith("com.google.zxing")) {
                imaging++;
                assertThat(requires.group(1)).as("requires %s must be static", module).contains("static");
            }
        }
        assertThat(imaging).isPositive();
    }

    @Test
    void onlyTheBarcodePackageMentionsImagingTypes() throws IOException {
        Path barcode = MAIN.resolve("vn/emr/core/identity/barcode");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                // module-info is checked above; Imaging names the classes as strings to probe for them
                if (file.startsWith(barcode) || file.getFileName().toString().equals("module-info.java")
                        || file.equals(MAIN.resolve("vn/emr/core/internal/Imaging.java"))) {
                    continue;
                }
                String source = Files.readString(file, StandardCharsets.UTF_8);
                if (source.contains("com.google.zxing") || source.contains("java.awt")
                        || source.contains("javax.imageio")) {
                    offenders.add(MAIN.relativize(file).toString());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void cardTextParsesAndImagesFailCodedWithoutZxing() throws Exception {
        try (HidingLoader loader = new HidingLoader(getClass().getClassLoader())) {
            assertThat(Class.forName("vn.emr.core.identity.CccdQr", false, loader).getClassLoader()).isSameAs(loader);
            assertThat(loadable(loader, "com.google.zxing.qrcode.QRCodeReader")).isFalse();
            assertThat(loadable(loader, "java.awt.image.BufferedImage")).isFalse();

            Class<?> cccd = Class.forName("vn.emr.core.identity.CccdQr", true, loader);
            Object card = cccd.getMethod("parse", String.class, LocalDate.class).invoke(null,
                    "001225012345||Nguyễn Văn An|15032025|Nam|Hà Nội|10052025", LocalDate.of(2026, 1, 1));
            assertThat(card).isNotNull();

            Method fromImage = cccd.getMethod("fromImage", InputStream.class);
            Throwable thrown = invokeFailing(fromImage, new java.io.ByteArrayInputStream(new byte[] {(byte) 0x89, 'P'}));
            assertThat(thrown.getClass().getName()).isEqualTo("vn.emr.core.EmrException");
            assertThat(codeOf(thrown)).isEqualTo("EMR-CORE-0080");

            Throwable file = invokeFailing(cccd.getMethod("fromImage", Path.class), Path.of("unused.png"));
            assertThat(codeOf(file)).isEqualTo("EMR-CORE-0080");
        }
    }

    @Test
    void everyPublicQrImagesEntryPointFailsCodedWithoutZxing() throws Exception {
        try (HidingLoader loader = new HidingLoader(getClass().getClassLoader())) {
            Class<?> images = Class.forName("vn.emr.core.identity.barcode.QrImages", true, loader);
            assertThat(images.getClassLoader()).isSameAs(loader);
            int checked = 0;
            for (Method m : images.getDeclaredMethods()) {
                if (!java.lang.reflect.Modifier.isPublic(m.getModifiers())) {
                    continue;
                }
                Object[] args = new Object[m.getParameterCount()];
                Class<?>[] types = m.getParameterTypes();
                for (int i = 0; i < args.length; i++) {
                    args[i] = types[i] == Path.class ? Path.of("unused.png")
                            : types[i] == InputStream.class ? new java.io.ByteArrayInputStream(new byte[] {1})
                            : types[i] == String.class ? "abc" : types[i] == int.class ? (Object) 100 : null;
                }
                Throwable thrown = invokeFailing(m, args);
                assertThat(thrown.getClass().getName()).as(m.toString()).isEqualTo("vn.emr.core.EmrException");
                assertThat(codeOf(thrown)).as(m.toString()).isEqualTo("EMR-CORE-0080");
                checked++;
            }
            assertThat(checked).isEqualTo(3);
            assertThat(Path.of("unused.png")).doesNotExist();
        }
    }

    @Test
    void qrImagesNamesNoImagingTypeInItsSignaturesOrFields() {
        Class<?> images = vn.emr.core.identity.barcode.QrImages.class;
        List<Class<?>> types = new ArrayList<>();
        for (java.lang.reflect.Field f : images.getDeclaredFields()) {
            types.add(f.getType());
        }
        for (Method m : images.getDeclaredMethods()) {
            types.add(m.getReturnType());
            types.addAll(List.of(m.getParameterTypes()));
            types.addAll(List.of(m.getExceptionTypes()));
        }
        for (java.lang.reflect.Constructor<?> c : images.getDeclaredConstructors()) {
            types.addAll(List.of(c.getParameterTypes()));
        }
        assertThat(types).extracting(Class::getName).noneMatch(n -> n.startsWith("com.google.zxing.")
                || n.startsWith("java.awt.") || n.startsWith("javax.imageio."));
    }

    private static Throwable invokeFailing(Method method, Object... args) throws IllegalAccessException {
        try {
            method.invoke(null, args);
        } catch (InvocationTargetException e) {
            return e.getCause();
        }
        throw new AssertionError(method.getName() + " did not fail");
    }

    private static String codeOf(Throwable emr) throws ReflectiveOperationException {
        Object code = emr.getClass().getMethod("code").invoke(emr);
        return (String) code.getClass().getMethod("code").invoke(code);
    }

    private static boolean loadable(ClassLoader loader, String name) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }

    /**
     * Defines emr-core's own classes itself (so their references resolve here) and refuses ZXing, AWT and ImageIO, as
     * on a class path without them; everything else comes from the parent.
     */
    private static final class HidingLoader extends ClassLoader implements AutoCloseable {

        HidingLoader(ClassLoader parent) {
            super("no-imaging", parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("com.google.zxing.") || name.startsWith("java.awt.")
                    || name.startsWith("javax.imageio.")) {
                throw new ClassNotFoundException(name);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null && name.startsWith("vn.emr.core.") && !name.startsWith("vn.emr.core.arch.")) {
                    String resource = name.replace('.', '/') + ".class";
                    try (InputStream in = getParent().getResourceAsStream(resource)) {
                        if (in != null) {
                            byte[] bytes = in.readAllBytes();
                            loaded = defineClass(name, bytes, 0, bytes.length);
                        }
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                if (loaded == null) {
                    return super.loadClass(name, resolve);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public java.net.URL getResource(String name) {
            return getParent().getResource(name);
        }

        @Override
        public void close() {
            // nothing to release; AutoCloseable keeps the loader's scope visible in the test
        }
    }
}
