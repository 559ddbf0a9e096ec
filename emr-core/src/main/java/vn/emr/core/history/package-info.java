/**
 * Record history: immutable versions chained by SHA-256 digests, never deleted or overwritten.
 *
 * <p>Three levels of guarantee, from weakest to strongest:
 * <ol>
 *   <li>{@link vn.emr.core.history.RecordHistory#verifyChain()}: the chain is internally consistent (an edited
 *       version whose digest was not recomputed, a version removed or reordered in the middle, numbering and time
 *       order). It cannot detect truncation (the last versions dropped) nor a forger who recomputes every digest with
 *       the public recipe.</li>
 *   <li>{@link vn.emr.core.history.RecordHistory#verifyChain(HistoryHead)}: additionally, the chain ends at the
 *       {@link vn.emr.core.history.HistoryHead} (version count and last digest) that the host stored or signed after
 *       its last change, so truncation and a recomputed chain are reported; as strong as the place the head is
 *       kept.</li>
 *   <li>A signed history ({@code vn.emr.signature.SignedHistory} in {@code emr-signature}, which {@code emr-core}
 *       does not depend on): each version's digest is signed by its author's key and verified with trust anchors, so
 *       a forger without the key is detected even without a stored head.</li>
 * </ol>
 */
package vn.emr.core.history;
