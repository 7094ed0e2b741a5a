/**
 * What the regulator and the courts do to the market: KYC attestations, sanctions, account and
 * holding freezes, asset pauses, sandbox caps, reporting thresholds and court-ordered transfers.
 */
package org.greenledger.chaincode.contract.supervision;
