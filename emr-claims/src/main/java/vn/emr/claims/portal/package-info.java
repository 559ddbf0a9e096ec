/**
 * The client of the Social Security assessment portal's API (Cổng tiếp nhận dữ liệu Hệ thống thông tin giám định
 * BHYT): login token, check-in (XML0) and claims ({@code GIAMDINHHS}) files sent as the technical guides CV 3190 and
 * CV 1245 describe ({@code domain/claims.md} §1.5), result codes as values ({@code domain/claims.md} §3.6), and a
 * batch sender with a journal. Only the JDK's {@code java.net.http}.
 */
package vn.emr.claims.portal;
