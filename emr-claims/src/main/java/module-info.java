/** The 130-standard health-insurance claims XML (Decisions 130, 4750 and 3176 of the Ministry of Health). */
module vn.emr.claims {
    requires transitive vn.emr.core;
    requires java.xml;
    // the portal client (vn.emr.claims.portal) takes an injectable HttpClient
    requires transitive java.net.http;
    requires transitive vn.emr.signature;

    exports vn.emr.claims;
    exports vn.emr.claims.catalogue;
    exports vn.emr.claims.check;
    exports vn.emr.claims.envelope;
    exports vn.emr.claims.mapping;
    exports vn.emr.claims.money;
    exports vn.emr.claims.portal;
    exports vn.emr.claims.table;
    exports vn.emr.claims.table.typed;
}
