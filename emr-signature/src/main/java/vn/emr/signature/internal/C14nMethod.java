package vn.emr.signature.internal;

import java.util.Optional;

/** The canonicalization algorithms of the C14N family (W3C C14N 1.0, 1.1 and Exclusive C14N 1.0). */
public enum C14nMethod {
    INCLUSIVE("http://www.w3.org/TR/2001/REC-xml-c14n-20010315", false, false, false),
    INCLUSIVE_WITH_COMMENTS("http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments", false, true, false),
    INCLUSIVE_11("http://www.w3.org/2006/12/xml-c14n11", false, false, true),
    INCLUSIVE_11_WITH_COMMENTS("http://www.w3.org/2006/12/xml-c14n11#WithComments", false, true, true),
    EXCLUSIVE("http://www.w3.org/2001/10/xml-exc-c14n#", true, false, false),
    EXCLUSIVE_WITH_COMMENTS("http://www.w3.org/2001/10/xml-exc-c14n#WithComments", true, true, false);

    private final String uri;
    private final boolean exclusive;
    private final boolean withComments;
    private final boolean version11;

    C14nMethod(String uri, boolean exclusive, boolean withComments, boolean version11) {
        this.uri = uri;
        this.exclusive = exclusive;
        this.withComments = withComments;
        this.version11 = version11;
    }

    public String uri() {
        return uri;
    }

    public boolean exclusive() {
        return exclusive;
    }

    public boolean withComments() {
        return withComments;
    }

    public boolean version11() {
        return version11;
    }

    /** The same algorithm without comments (what a same-document reference's node-set yields anyway). */
    public C14nMethod withoutComments() {
        switch (this) {
            case INCLUSIVE_WITH_COMMENTS:
                return INCLUSIVE;
            case INCLUSIVE_11_WITH_COMMENTS:
                return INCLUSIVE_11;
            case EXCLUSIVE_WITH_COMMENTS:
                return EXCLUSIVE;
            default:
                return this;
        }
    }

    public static Optional<C14nMethod> fromUri(String uri) {
        for (C14nMethod m : values()) {
            if (m.uri.equals(uri)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
