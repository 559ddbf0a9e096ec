package vn.emr.core.exchange;

import java.util.List;
import java.util.Objects;
import vn.emr.core.EmrException;

/**
 * The exchange document {@code HoSoBenhAn} of official letter 365/TTYQG-GPQLCL (06/06/2025), appendix "Mô tả dữ
 * liệu trao đổi hồ sơ bệnh án điện tử": the 11 groups {@code ThongTinBenhNhan} ... {@code PhieuPhauThuat}, joined by
 * {@code sovaovien}, every field a text (dates {@code dd/MM/yyyy}, date-times {@code dd/MM/yyyy HH:mm:ss.SSS}).
 * Field names and order are those of {@code data/core/cv365-hosobenhan.skeleton.json}; {@code docs/cv365.md} says
 * what is known of each and how the medical-record model maps onto it.
 *
 * <p>A value is always complete and checked: {@link #of(Cv365Section)} fills every field the catalogue lists (empty
 * text, empty list) and refuses, with every fault in one coded {@link EmrException}, a field the catalogue does not
 * list, a value of the wrong shape, a text over its size, a malformed date, date-time or number, a character XML
 * cannot carry, items in a list whose fields the research did not find, and a group whose {@code sovaovien} differs
 * from {@code ThongTinBenhNhan.sovaovien}. Immutable; {@link #toString()} shows no value.
 */
public final class HoSoBenhAn {

    private final Cv365Section root;

    private HoSoBenhAn(Cv365Section root) {
        this.root = root;
    }

    /**
     * The document whose root object (the content of {@code HoSoBenhAn}: one section per group) is given.
     *
     * @throws EmrException {@code EMR-CORE-06xx} with every fault, each at its path (e.g.
     *     {@code ThongTinDieuTri.maicd})
     */
    public static HoSoBenhAn of(Cv365Section root) {
        Objects.requireNonNull(root, "root");
        return new HoSoBenhAn(Check.document(root));
    }

    /** The names of the 11 groups, in the appendix's order. */
    public static List<String> groupNames() {
        return Schema.GROUPS;
    }

    /** The root object: one section per group, in order. */
    public Cv365Section root() {
        return root;
    }

    /** The group (one of {@link #groupNames()}); an unknown name is an {@link IllegalArgumentException}. */
    public Cv365Section group(String name) {
        return root.section(name).orElseThrow(() -> new IllegalArgumentException("not a group of HoSoBenhAn"));
    }

    /** The admission number {@code sovaovien} that joins the groups ({@code ""} when the document has none). */
    public String sovaovien() {
        return group("ThongTinBenhNhan").text("sovaovien");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HoSoBenhAn other && root.equals(other.root);
    }

    @Override
    public int hashCode() {
        return root.hashCode();
    }

    /** The group names only; safe to log. */
    @Override
    public String toString() {
        return "HoSoBenhAn" + root.names();
    }
}
