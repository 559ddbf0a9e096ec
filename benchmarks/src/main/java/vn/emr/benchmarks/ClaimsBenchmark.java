package vn.emr.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.catalogue.FieldCatalogue;
import vn.emr.claims.envelope.ClaimEpisode;
import vn.emr.claims.envelope.ClaimsEnvelope;
import vn.emr.claims.envelope.ClaimsFile;
import vn.emr.claims.table.TableRecord;
import vn.emr.signature.DemoCredentials;
import vn.emr.signature.SignatureProfile;
import vn.emr.signature.SigningKey;
import vn.emr.signature.XmlSigner;

/**
 * The claims file of one outpatient visit (XML1, 5 drug lines in XML2, 3 service lines in XML3), one episode per
 * operation, on one thread:
 * <ul>
 *   <li>{@code rawRsaSign}: one SHA256withRSA signature over the file's canonical SignedInfo, the floor of signing;</li>
 *   <li>{@code buildAndSign}: the SDK builds the table records (each value checked against the catalogue), the table
 *       documents, the envelope, and signs it with {@code CHUKYDONVI}; target within 1.2x of {@code rawRsaSign};</li>
 *   <li>{@code build} against {@code jacksonBuild}: the unsigned file, and the same tables written with Jackson's
 *       {@code XmlMapper} (no checks) inside the same envelope;</li>
 *   <li>{@code read} against {@code domRead}: the file read back into its tables, and a hardened DOM parse of the
 *       envelope and of every inner document into field maps.</li>
 * <li>{@code checkOutpatientDay} against {@code domReadOutpatientDay}: the claims checks of a file of
 *       {@value #DAY} outpatient visits (5 to 10 lines each), reading included, and a hardened DOM parse of the
 *       same file into field maps; {@code checkLargeEpisode}: one episode of 200 lines (issue 10's target: at least
 *       10,000 outpatient episodes per second on one core).</li>
 * </ul>
 * Throughput mode: operations per second are episodes per second per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ClaimsBenchmark {

    private SigningKey key;
    private PrivateKey privateKey;
    private byte[] signedInfo;
    private byte[] unsigned;
    private List<Map<ClaimsTable, List<Map<String, String>>>> plain;
    private XmlMapper xmlMapper;
    private DocumentBuilderFactory dom;

    /** The values of one visit, as a host holds them before building. */
    static Map<ClaimsTable, List<Map<String, String>>> visit() {
        Map<ClaimsTable, List<Map<String, String>>> t = new EnumMap<>(ClaimsTable.class);
        Map<String, String> x1 = new LinkedHashMap<>();
        x1.put("MA_LK", "LK-2025-000123");
        x1.put("STT", "1");
        x1.put("MA_BN", "BN0001234");
        x1.put("HO_TEN", "Nguyễn Thị Bình");
        x1.put("SO_CCCD", "001090123456");
        x1.put("NGAY_SINH", "199001010000");
        x1.put("GIOI_TINH", "2");
        x1.put("MA_THE_BHYT", "HS4010120878811");
        x1.put("MA_DKBD", "01001");
        x1.put("GT_THE_TU", "20250101");
        x1.put("GT_THE_DEN", "20251231");
        x1.put("MA_BENH_CHINH", "J06.9");
        x1.put("MA_DOITUONG_KCB", "1.1");
        x1.put("NGAY_VAO", "202503040730");
        x1.put("NGAY_RA", "202503041015");
        x1.put("T_TONGCHI_BV", "347700.00");
        x1.put("T_TONGCHI_BH", "347700.00");
        x1.put("T_BNCCT", "69540.00");
        x1.put("T_BHTT", "278160.00");
        x1.put("MA_LOAI_KCB", "01");
        x1.put("MA_CSKCB", "01001");
        t.put(ClaimsTable.XML1, List.of(x1));
        List<Map<String, String>> drugs = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Map<String, String> d = new LinkedHashMap<>();
            d.put("MA_LK", "LK-2025-000123");
            d.put("STT", Integer.toString(i));
            d.put("MA_THUOC", "40.17" + i);
            d.put("TEN_THUOC", "Paracetamol 500mg viên nén " + i);
            d.put("DON_VI_TINH", "Viên");
            d.put("HAM_LUONG", "500mg");
            d.put("DUONG_DUNG", "1.01");
            d.put("LIEU_DUNG", "2 viên/lần x 3 lần/ngày");
            d.put("SO_DANG_KY", "VD-12345-20");
            d.put("PHAM_VI", "1");
            d.put("TYLE_TT_BH", "100");
            d.put("SO_LUONG", "20.000");
            d.put("DON_GIA", "1500.000");
            d.put("THANH_TIEN_BV", "30000.00");
            d.put("THANH_TIEN_BH", "30000.00");
            d.put("MUC_HUONG", "80");
            d.put("T_BNCCT", "6000.00");
            d.put("T_BHTT", "24000.00");
            d.put("MA_KHOA", "K01");
            d.put("MA_BAC_SI", "000123/HNO-CCHN");
            d.put("NGAY_YL", "202503040800");
            d.put("MA_PTTT", "1");
            d.put("NGUON_CTRA", "1");
            drugs.add(d);
        }
        t.put(ClaimsTable.XML2, drugs);
        List<Map<String, String>> services = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Map<String, String> s = new LinkedHashMap<>();
            s.put("MA_LK", "LK-2025-000123");
            s.put("STT", Integer.toString(i));
            s.put("MA_DICH_VU", "02.1896");
            s.put("MA_NHOM", "13");
            s.put("TEN_DICH_VU", "Khám Nội " + i);
            s.put("DON_VI_TINH", "Lần");
            s.put("PHAM_VI", "1");
            s.put("SO_LUONG", "1.000");
            s.put("DON_GIA_BV", "65900.000");
            s.put("DON_GIA_BH", "65900.000");
            s.put("TYLE_TT_DV", "100");
            s.put("TYLE_TT_BH", "100");
            s.put("THANH_TIEN_BV", "65900.00");
            s.put("THANH_TIEN_BH", "65900.00");
            s.put("MUC_HUONG", "80");
            s.put("T_BNCCT", "13180.00");
            s.put("T_BHTT", "52720.00");
            s.put("MA_KHOA", "K01");
            s.put("MA_BAC_SI", "000123/HNO-CCHN");
            s.put("MA_BENH", "J06.9");
            s.put("NGAY_YL", "202503040745");
            s.put("MA_PTTT", "1");
            services.add(s);
        }
        t.put(ClaimsTable.XML3, services);
        return t;
    }

    @Setup
    public void setUp() throws Exception {
        DemoCredentials demo = DemoCredentials.generate();
        key = demo.signingKey();
        java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
        java.nio.file.Path p12 = java.nio.file.Files.createTempFile("claims-bench", ".p12");
        demo.writePkcs12(p12, "bench".toCharArray());
        try (var in = java.nio.file.Files.newInputStream(p12)) {
            ks.load(in, "bench".toCharArray());
        }
        java.nio.file.Files.delete(p12);
        privateKey = (PrivateKey) ks.getKey(DemoCredentials.ALIAS, "bench".toCharArray());
        plain = List.of(visit());
        unsigned = build();
        signedInfo = XmlSigner.of(SignatureProfile.CHUKYDONVI).prepare(unsigned, key.certificateChain(),
                key.defaultAlgorithm()).bytes();
        xmlMapper = new XmlMapper();
        dom = DocumentBuilderFactory.newInstance();
        dom.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dom.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        // the baselines read and write what the SDK does
        ClaimsFile back = ClaimsFile.read(buildAndSign());
        if (back.episodes().get(0).table(ClaimsTable.XML2).size() != 5 || domRead() != 9) {
            throw new IllegalStateException("the benchmark file is not what it should be");
        }
        if (jacksonBuild().length < unsigned.length / 2) {
            throw new IllegalStateException("the Jackson baseline writes too little");
        }
    }

    private ClaimEpisode episode(Map<ClaimsTable, List<Map<String, String>>> values) {
        Map<ClaimsTable, List<TableRecord>> tables = new EnumMap<>(ClaimsTable.class);
        values.forEach((table, rows) -> {
            List<TableRecord> records = new ArrayList<>(rows.size());
            for (Map<String, String> row : rows) {
                TableRecord.Builder b = TableRecord.builder(table);
                row.forEach(b::set);
                records.add(b.build());
            }
            tables.put(table, records);
        });
        return ClaimEpisode.of(tables);
    }

    @Benchmark
    public byte[] rawRsaSign() throws Exception {
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(privateKey);
        s.update(signedInfo);
        return s.sign();
    }

    @Benchmark
    public byte[] buildAndSign() {
        return ClaimsEnvelope.of("01001", LocalDate.of(2025, 3, 4), List.of(episode(plain.get(0)))).sign(key);
    }

    @Benchmark
    public byte[] build() {
        return ClaimsEnvelope.of("01001", LocalDate.of(2025, 3, 4), List.of(episode(plain.get(0)))).write();
    }

    @Benchmark
    public byte[] jacksonBuild() throws Exception {
        StringBuilder out = new StringBuilder(8192).append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<GIAMDINHHS>")
                .append("<THONGTINDONVI><MACSKCB>01001</MACSKCB></THONGTINDONVI><THONGTINHOSO><NGAYLAP>20250304")
                .append("</NGAYLAP><SOLUONGHOSO>1</SOLUONGHOSO><DANHSACHHOSO><HOSO>");
        for (Map.Entry<ClaimsTable, List<Map<String, String>>> t : plain.get(0).entrySet()) {
            ClaimsTable table = t.getKey();
            ObjectNode root = xmlMapper.createObjectNode();
            List<String> names = FieldCatalogue.qd4750().table(table).names();
            if (table.repeated()) {
                ObjectNode list = root.putObject(table.listElement().orElseThrow());
                var records = list.putArray(table.recordElement());
                for (Map<String, String> row : t.getValue()) {
                    ObjectNode r = records.addObject();
                    for (String n : names) {
                        r.put(n, row.getOrDefault(n, ""));
                    }
                }
            } else {
                for (String n : names) {
                    root.put(n, t.getValue().get(0).getOrDefault(n, ""));
                }
            }
            byte[] doc = xmlMapper.writer().withRootName(table.rootElement()).writeValueAsBytes(root);
            out.append("<FILEHOSO><LOAIHOSO>").append(table.loaiHoSo()).append("</LOAIHOSO><NOIDUNGFILE>")
                    .append(Base64.getEncoder().encodeToString(doc)).append("</NOIDUNGFILE></FILEHOSO>");
        }
        out.append("</HOSO></DANHSACHHOSO></THONGTINHOSO><CHUKYDONVI></CHUKYDONVI></GIAMDINHHS>\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public ClaimsFile read() {
        return ClaimsFile.read(unsigned);
    }

    @Benchmark
    public int domRead() throws Exception {
        return domRead(dom.newDocumentBuilder(), unsigned);
    }

    /** The DOM baseline: the envelope and every inner document parsed, each row's fields into a map. */
    static int domRead(DocumentBuilder builder, byte[] xml) throws Exception {
        Element envelope = builder.parse(new ByteArrayInputStream(xml)).getDocumentElement();
        NodeList files = envelope.getElementsByTagName("FILEHOSO");
        int records = 0;
        for (int i = 0; i < files.getLength(); i++) {
            Element file = (Element) files.item(i);
            String type = file.getElementsByTagName("LOAIHOSO").item(0).getTextContent();
            ClaimsTable table = ClaimsTable.byLoaiHoSo(type).orElseThrow();
            byte[] inner = Base64.getDecoder().decode(file.getElementsByTagName("NOIDUNGFILE").item(0).getTextContent());
            Element root = builder.parse(new ByteArrayInputStream(inner)).getDocumentElement();
            NodeList rows = table.repeated() ? root.getElementsByTagName(table.recordElement()) : null;
            int n = rows == null ? 1 : rows.getLength();
            for (int r = 0; r < n; r++) {
                Element row = rows == null ? root : (Element) rows.item(r);
                Map<String, String> fields = new LinkedHashMap<>();
                for (Node c = row.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c instanceof Element e && !e.getTextContent().isEmpty()) {
                        fields.put(e.getTagName(), e.getTextContent());
                    }
                }
                records += fields.isEmpty() ? 0 : 1;
            }
        }
        return records;
    }

    /** Outpatient visits per file in the checking benchmarks. */
    static final int DAY = 100;

    /** The files of the checking benchmarks, built once. */
    @State(Scope.Benchmark)
    public static class CheckState {
        vn.emr.claims.check.ClaimsChecker checker;
        byte[] day;
        byte[] large;
        DocumentBuilderFactory dom;
        /** Whether set-up insists on files without issues (a probe of a work in progress may not). */
        boolean requireClean = true;

        @Setup
        public void setUp() {
            checker = vn.emr.claims.check.ClaimsChecker.builder().build();
            List<ClaimEpisode> visits = new ArrayList<>();
            for (int i = 0; i < DAY; i++) {
                // 2 to 7 drugs, 2 services, 1 supply: 5 to 10 lines
                visits.add(claim(vn.emr.core.sample.SampleRecords.outpatient(
                        vn.emr.core.sample.SampleRecords.patient(), 2 + i % 6, 2), i));
            }
            day = ClaimsEnvelope.of(vn.emr.core.sample.SampleRecords.FACILITY_CODE, LocalDate.of(2026, 11, 1), visits)
                    .write();
            large = ClaimsEnvelope.of(vn.emr.core.sample.SampleRecords.FACILITY_CODE, LocalDate.of(2026, 11, 1),
                    List.of(claim(vn.emr.core.sample.SampleRecords.outpatient(
                            vn.emr.core.sample.SampleRecords.patient(), 197, 10), 0))).write();
            dom = DocumentBuilderFactory.newInstance();
            try {
                dom.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                dom.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            } catch (javax.xml.parsers.ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
            var dayReport = checker.check(day, "day.xml");
            var largeReport = checker.check(large, "large.xml");
            if (dayReport.episodes() != DAY || requireClean
                    && (!dayReport.issues().isEmpty() || !largeReport.issues().isEmpty())) {
                throw new IllegalStateException("the benchmark files are not clean: " + dayReport.issues().stream()
                        .map(vn.emr.claims.check.ClaimsIssue::rule).distinct().toList() + " "
                        + largeReport.issues().stream().map(vn.emr.claims.check.ClaimsIssue::rule).distinct()
                        .toList());
            }
        }

        private static ClaimEpisode claim(vn.emr.core.model.MedicalRecord record, int i) {
            ClaimEpisode e = vn.emr.claims.mapping.ClaimMapping.episode(record,
                    vn.emr.claims.mapping.ClaimTerms.builder().beneficiaryCode("1.1")
                            .lowCostRule(vn.emr.claims.money.BaseSalary.known())
                            .drugTerms(line -> vn.emr.claims.mapping.LineTerms.inScope(4)
                                    .withTender("123/QĐ-SYT;G1;N4;2025"))
                            .supplyTerms(line -> vn.emr.claims.mapping.LineTerms.inScope(10)
                                    .withTender("45/QĐ-SYT;G2;N0;2025"))
                            .papers(vn.emr.claims.mapping.PaperTerms.builder().appointmentPaperNumber("HKL-" + i)
                                    .appointmentPaperDate(record.encounter().admittedAt().toLocalDate())
                                    .headOfFacilityCode("7900000001").build())
                            .build());
            Map<ClaimsTable, List<TableRecord>> tables = new EnumMap<>(ClaimsTable.class);
            e.tables().forEach((t, rows) -> {
                List<TableRecord> copy = new ArrayList<>();
                for (TableRecord r : rows) {
                    TableRecord.Builder b = TableRecord.builder(r.spec().table());
                    r.values().forEach((k, v) -> b.set(k, k.equals("MA_LK") ? v + "-" + i : v));
                    copy.add(b.build());
                }
                tables.put(t, copy);
            });
            return ClaimEpisode.of(tables);
        }
    }

    @Benchmark
    @OperationsPerInvocation(DAY)
    public vn.emr.claims.check.ClaimsReport checkOutpatientDay(CheckState s) {
        return s.checker.check(s.day, "day.xml");
    }

    @Benchmark
    @OperationsPerInvocation(DAY)
    public int domReadOutpatientDay(CheckState s) throws Exception {
        return domRead(s.dom.newDocumentBuilder(), s.day);
    }

    @Benchmark
    public vn.emr.claims.check.ClaimsReport checkLargeEpisode(CheckState s) {
        return s.checker.check(s.large, "large.xml");
    }
}
