/**
 * The GreenLedger client SDK: what a member bank, the alliance, a verifier or the regulator uses
 * to drive tokenized green bonds, deposit tokens and carbon credits through its org's Fabric
 * Gateway. Start at {@link org.greenledger.client.GreenLedger}: connect with a
 * {@link org.greenledger.client.ConnectionProfile} and {@link org.greenledger.client.Credentials},
 * then use the facades, one per domain:
 * {@link org.greenledger.client.Governance}, {@link org.greenledger.client.Accounts},
 * {@link org.greenledger.client.Cash}, {@link org.greenledger.client.Holdings},
 * {@link org.greenledger.client.Bonds}, {@link org.greenledger.client.Trades},
 * {@link org.greenledger.client.Proceeds}, {@link org.greenledger.client.Impact},
 * {@link org.greenledger.client.Documents}, {@link org.greenledger.client.CarbonProjects},
 * {@link org.greenledger.client.Credits}, {@link org.greenledger.client.Compliance},
 * {@link org.greenledger.client.History} and {@link org.greenledger.client.Events};
 * {@link org.greenledger.client.OfflineSigning} for keys that never leave an HSM. Requests and
 * results are the immutable records of {@code org.greenledger.chaincode.api}, validated when
 * constructed.
 *
 * <pre>{@code
 * ConnectionProfile profile = ConnectionProfile.load(Path.of(".network/orgs/banka/connection.json"));
 * Credentials operator = Credentials.fromMspDirectory(Path.of(".network/orgs/banka/users/operator/msp"));
 * try (GreenLedger bankA = GreenLedger.connect(profile, operator)) {
 *     bankA.cash().mint(new CashRequest("DEP-0001", "CASH-A-VND", "INV-0001", 50_000_000));
 * } catch (RejectedException e) {
 *     operatorAlerts.raise(e.code(), e.reason());
 * }
 * }</pre>
 *
 * <p>Failures: refusals, by the chaincode or by the SDK before sending, are
 * {@link org.greenledger.client.RejectedException}, whose
 * {@link org.greenledger.client.RejectedException#code() code()} is a stable
 * {@link org.greenledger.chaincode.api.ErrorCode}; a write invalidated at commit is
 * {@link org.greenledger.client.NotCommittedException}; a call stopped by its deadline or
 * cancelled is {@link org.greenledger.client.UnfinishedCallException}; anything else the network
 * does is {@link org.greenledger.client.GreenLedgerException}. Writes that carry a request id, and the
 * chunks of the bond servicing runs, are replay-safe: the SDK sends them again after a read
 * conflict, and sending one again yourself never applies it twice.
 */
package org.greenledger.client;
