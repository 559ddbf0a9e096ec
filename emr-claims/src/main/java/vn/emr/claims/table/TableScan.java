package vn.emr.claims.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.emr.claims.ClaimsError;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.catalogue.FieldSpec;
import vn.emr.claims.catalogue.TableSpec;
import vn.emr.claims.internal.ClaimsXml;
import vn.emr.claims.internal.TableTokenizer;
import vn.emr.core.EmrException;

/**
 * A lenient reading of a table document for the claims checks: it keeps every value it can place and lists what
 * breaks the table's structure (an unknown, repeated or misplaced field, a wrong element, text where none belongs)
 * instead of refusing the document at the first fault, as {@link TableDocument#read} does. Only what makes the rest
 * unreadable ends the scan: XML that is not well-formed or holds a DOCTYPE, and another table's root element.
 */
public final class TableScan {

    /** What broke the structure. */
    public enum ProblemKind {
        /** The document is not well-formed XML, or holds a DOCTYPE; nothing was read. */
        MALFORMED,
        /**
         * The document is not UTF-8 (a UTF-16 or UTF-32 byte order mark, or a declared encoding other than UTF-8);
         * nothing was read.
         */
        ENCODING,
        /** The root element is not the table's; nothing was read. */
        ROOT,
        /** An element other than the table's list or record element, or an element in a namespace. */
        ELEMENT,
        /** A field element the table does not have. */
        FIELD_UNKNOWN,
        /** A field given twice in one record (the first value is kept). */
        FIELD_REPEATED,
        /** A field placed before one that comes earlier in official order. */
        FIELD_ORDER,
        /** Text or markup where the structure has none. */
        STRAY_CONTENT
    }

    /**
     * One structural fault.
     *
     * @param kind what
     * @param row the record, from 1 (0 for the document as a whole)
     * @param field the field's official name, or the element's name when it is a plain upper-case name of at most
     *     40 characters, else {@code "?"}; empty when no field is concerned
     */
    public record Problem(ProblemKind kind, int row, String field) {
        /** Checks the parts. */
        public Problem {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(field, "field");
        }
    }

    /**
     * What was read.
     *
     * @param records the records, each holding the values that could be placed (unchecked: the checks report what
     *     breaks the field rules)
     * @param problems the structural faults, in document order
     */
    public record Result(List<TableRecord> records, List<Problem> problems) {
        /** Copies the lists. */
        public Result {
            records = List.copyOf(records);
            problems = List.copyOf(problems);
        }
    }

    private TableScan() {
    }

    /**
     * Scans a table document against the table's declaration (a profile's, from its catalogue). A strict tokenizer
     * reads the common shape of a document; whatever it declines (anything outside a small subset of XML, or not
     * well-formed) is read by the JDK's StAX parser, with the same result for every document both read.
     */
    public static Result scan(TableSpec spec, byte[] xml) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(xml, "xml");
        Result fast = scanFast(spec, xml);
        return fast != null ? fast : scanWithStax(spec, xml);
    }

    /** The fast path alone: the result, or null when the tokenizer declined the document. */
    static Result scanFast(TableSpec spec, byte[] xml) {
        try {
            return new FastPass(spec, new TableTokenizer(xml)).run();
        } catch (TableTokenizer.Declined e) {
            return null;
        }
    }

    /** The StAX path alone, which judges every document. */
    static Result scanWithStax(TableSpec spec, byte[] xml) {
        Objects.requireNonNull(spec, "spec");
        List<TableRecord> records = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        XMLStreamReader r;
        try {
            r = ClaimsXml.open(xml, ClaimsError.TABLE_MALFORMED);
        } catch (EmrException e) {
            // ClaimsXml refuses what is not UTF-8 (QĐ 130 Điều 1): read in another encoding, the text would change
            return new Result(List.of(), List.of(new Problem(e.code() == ClaimsError.NOT_UTF8
                    ? ProblemKind.ENCODING : ProblemKind.MALFORMED, 0, "")));
        }
        try {
            new Pass(spec, r, records, problems).run();
            return new Result(records, problems);
        } catch (EmrException | XMLStreamException e) {
            return new Result(List.of(), List.of(new Problem(ProblemKind.MALFORMED, 0, "")));
        } catch (RootMismatch e) {
            return new Result(List.of(), List.of(new Problem(ProblemKind.ROOT, 0, "")));
        } finally {
            ClaimsXml.close(r);
        }
    }

    /** Thrown inside the pass when the root is another table's. */
    private static final class RootMismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RootMismatch() {
            super(null, null, false, false);
        }
    }

    /**
     * The pass of {@link Pass} over the strict tokenizer, step for step. Where the StAX pass would report stray text,
     * it declines instead (how StAX splits stray text into events, and so how many problems it lists, depends on the
     * markup around it); so it does for an element inside a field's value, and for a root that is not the table's.
     */
    private static final class FastPass {
        private final TableSpec spec;
        private final ClaimsTable table;
        private final TableTokenizer t;
        private final List<FieldSpec> fields;
        private final byte[][] names;
        private final List<TableRecord> records = new ArrayList<>();
        private List<Problem> problems;

        FastPass(TableSpec spec, TableTokenizer t) {
            this.spec = spec;
            this.table = spec.table();
            this.t = t;
            this.fields = spec.fields();
            this.names = namesOf(spec);
            t.expectNames(names);
        }

        Result run() {
            if (t.next() != TableTokenizer.START || !t.nameIs(table.rootElement())) {
                throw decline();
            }
            if (table.repeated()) {
                String list = table.listElement().orElseThrow();
                String record = table.recordElement();
                while (nextTag() == TableTokenizer.START) {
                    if (t.nameIs(list)) {
                        while (nextTag() == TableTokenizer.START) {
                            if (t.nameIs(record)) {
                                records.add(fields(records.size() + 1));
                            } else {
                                problem(new Problem(ProblemKind.ELEMENT, records.size() + 1, shownName()));
                                skipElement();
                            }
                        }
                    } else if (table == ClaimsTable.XML0 && t.nameIs("CHUKYDONVI")) {
                        skipElement();
                    } else {
                        problem(new Problem(ProblemKind.ELEMENT, 0, shownName()));
                        skipElement();
                    }
                }
            } else {
                records.add(fields(1));
            }
            if (t.next() != TableTokenizer.END_DOCUMENT) {
                throw decline();
            }
            return new Result(records, problems == null ? List.of() : problems);
        }

        private TableRecord fields(int row) {
            int count = fields.size();
            String[] values = new String[count];
            boolean[] seen = new boolean[count];
            int last = -1;
            int hint = 0;
            while (true) {
                t.hint(hint);
                if (nextTag() != TableTokenizer.START) {
                    break;
                }
                int i = t.hinted() >= 0 ? t.hinted() : indexOf(hint);
                if (i < 0) {
                    problem(new Problem(ProblemKind.FIELD_UNKNOWN, row, shownName()));
                    skipElement();
                    continue;
                }
                hint = i + 1;
                String text = text();
                if (seen[i]) {
                    problem(new Problem(ProblemKind.FIELD_REPEATED, row, fields.get(i).name()));
                    continue;
                }
                if (i < last) {
                    problem(new Problem(ProblemKind.FIELD_ORDER, row, fields.get(i).name()));
                }
                last = Math.max(last, i);
                seen[i] = true;
                values[i] = text.isEmpty() ? null : text;
            }
            return TableRecord.unchecked(spec, values);
        }

        private int indexOf(int hint) {
            byte[][] names = this.names;
            int count = names.length;
            for (int i = hint; i < count; i++) {
                if (t.nameIs(names[i])) {
                    return i;
                }
            }
            for (int i = 0; i < hint && i < count; i++) {
                if (t.nameIs(names[i])) {
                    return i;
                }
            }
            return -1;
        }

        /** The value up to the field's end tag; an element inside it is declined. */
        private String text() {
            int e = t.next();
            String value = "";
            if (e == TableTokenizer.TEXT) {
                value = t.text();
                e = t.next();
            }
            if (e != TableTokenizer.END) {
                throw decline();
            }
            return value;
        }

        /** The next start or end tag; text other than literal whitespace is declined. */
        private int nextTag() {
            int e = t.next();
            if (e == TableTokenizer.TEXT) {
                if (!t.plainWhitespace()) {
                    throw decline();
                }
                e = t.next();
            }
            if (e != TableTokenizer.START && e != TableTokenizer.END) {
                throw decline();
            }
            return e;
        }

        private void skipElement() {
            int depth = 1;
            while (depth > 0) {
                int e = t.next();
                if (e == TableTokenizer.START) {
                    depth++;
                } else if (e == TableTokenizer.END) {
                    depth--;
                } else if (e == TableTokenizer.END_DOCUMENT) {
                    throw decline();
                }
            }
        }

        private void problem(Problem problem) {
            if (problems == null) {
                problems = new ArrayList<>();
            }
            problems.add(problem);
        }

        /** As {@link Pass#shownName()}: the tokenizer accepts no colon, so no element has a namespace. */
        private String shownName() {
            String n = t.name();
            if (n.length() > 40) {
                return "?";
            }
            for (int i = 0; i < n.length(); i++) {
                char c = n.charAt(i);
                if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                    return "?";
                }
            }
            return n;
        }

        private static TableTokenizer.Declined decline() {
            return DECLINE;
        }
    }

    private static final TableTokenizer.Declined DECLINE = TableTokenizer.declined();

    /** The field names of the tables scanned so far, as ASCII bytes (a few dozen catalogue tables; bounded). */
    private static final java.util.concurrent.ConcurrentHashMap<TableSpec, byte[][]> NAMES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static byte[][] namesOf(TableSpec spec) {
        byte[][] names = NAMES.get(spec);
        if (names == null) {
            List<FieldSpec> fields = spec.fields();
            names = new byte[fields.size()][];
            for (int i = 0; i < names.length; i++) {
                // a field name that is not plain ASCII never matches a tag the tokenizer accepts
                names[i] = fields.get(i).name().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            if (NAMES.size() < 512) {
                NAMES.putIfAbsent(spec, names);
            }
        }
        return names;
    }

    private static final class Pass {
        private final TableSpec spec;
        private final ClaimsTable table;
        private final XMLStreamReader r;
        private final List<TableRecord> records;
        private final List<Problem> problems;
        private final String[] names;

        Pass(TableSpec spec, XMLStreamReader r, List<TableRecord> records, List<Problem> problems) {
            this.spec = spec;
            this.table = spec.table();
            this.r = r;
            this.records = records;
            this.problems = problems;
            List<FieldSpec> fields = spec.fields();
            this.names = new String[fields.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = fields.get(i).name();
            }
        }

        void run() throws XMLStreamException {
            int e = next();
            while (e != XMLStreamConstants.START_ELEMENT) {
                e = next();
            }
            if (!table.rootElement().equals(r.getLocalName()) || ClaimsXml.hasNamespace(r)) {
                throw new RootMismatch();
            }
            if (table.repeated()) {
                String list = table.listElement().orElseThrow();
                while ((e = nextTag(0)) == XMLStreamConstants.START_ELEMENT) {
                    if (isNamed(list)) {
                        while ((e = nextTag(0)) == XMLStreamConstants.START_ELEMENT) {
                            if (isNamed(table.recordElement())) {
                                records.add(fields(records.size() + 1));
                            } else {
                                problems.add(new Problem(ProblemKind.ELEMENT, records.size() + 1, shownName()));
                                skipElement();
                            }
                        }
                    } else if (table == ClaimsTable.XML0 && isNamed("CHUKYDONVI")) {
                        skipElement();
                    } else {
                        problems.add(new Problem(ProblemKind.ELEMENT, 0, shownName()));
                        skipElement();
                    }
                }
            } else {
                records.add(fields(1));
            }
            while (r.hasNext()) {
                e = next();
                if (e == XMLStreamConstants.START_ELEMENT
                        || (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) && !r.isWhiteSpace()) {
                    problems.add(new Problem(ProblemKind.STRAY_CONTENT, 0, ""));
                    break;
                }
            }
        }

        /** Field elements up to the end of the current element. */
        private TableRecord fields(int row) throws XMLStreamException {
            String[] values = new String[names.length];
            boolean[] seen = new boolean[names.length];
            int last = -1;
            int hint = 0;
            while (nextTag(row) == XMLStreamConstants.START_ELEMENT) {
                int i = ClaimsXml.hasNamespace(r) ? -1 : indexOf(r.getLocalName(), hint);
                if (i < 0) {
                    problems.add(new Problem(ProblemKind.FIELD_UNKNOWN, row, shownName()));
                    skipElement();
                    continue;
                }
                hint = i + 1;
                String text = text(row);
                if (seen[i]) {
                    problems.add(new Problem(ProblemKind.FIELD_REPEATED, row, names[i]));
                    continue;
                }
                if (i < last) {
                    problems.add(new Problem(ProblemKind.FIELD_ORDER, row, names[i]));
                }
                last = Math.max(last, i);
                seen[i] = true;
                values[i] = text.isEmpty() ? null : text;
            }
            return TableRecord.unchecked(spec, values);
        }

        private int indexOf(String name, int hint) {
            for (int i = hint; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            for (int i = 0; i < hint && i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        private String text(int row) throws XMLStreamException {
            StringBuilder b = null;
            String single = "";
            while (true) {
                int e = next();
                switch (e) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (b == null && single.isEmpty()) {
                            single = r.getText();
                        } else {
                            if (b == null) {
                                b = new StringBuilder(single);
                            }
                            b.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        return b == null ? single : b.toString();
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        problems.add(new Problem(ProblemKind.STRAY_CONTENT, row, ""));
                        skipElement();
                    }
                    default -> {
                        // comments and processing instructions are not part of the value
                    }
                }
            }
        }

        private boolean isNamed(String name) {
            return name.equals(r.getLocalName()) && !ClaimsXml.hasNamespace(r);
        }

        private String shownName() {
            String n = r.getLocalName();
            if (n.length() > 40 || ClaimsXml.hasNamespace(r)) {
                return "?";
            }
            for (int i = 0; i < n.length(); i++) {
                char c = n.charAt(i);
                if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                    return "?";
                }
            }
            return n;
        }

        private int next() {
            return ClaimsXml.next(r, ClaimsError.TABLE_MALFORMED);
        }

        /** The next start or end tag; text other than whitespace is stray content. */
        private int nextTag(int row) {
            while (true) {
                int e = next();
                switch (e) {
                    case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT -> {
                        return e;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!r.isWhiteSpace()) {
                            problems.add(new Problem(ProblemKind.STRAY_CONTENT, row, ""));
                        }
                    }
                    default -> {
                        // whitespace, comments, processing instructions
                    }
                }
            }
        }

        private void skipElement() {
            int depth = 1;
            while (depth > 0) {
                int e = next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }
    }
}
