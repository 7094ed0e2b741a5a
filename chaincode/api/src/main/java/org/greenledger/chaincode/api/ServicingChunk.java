package org.greenledger.chaincode.api;

/**
 * One bounded chunk of a servicing run that takes several transactions (the issue, a record date,
 * a coupon payment run, a redemption), with the run's progress on the ledger
 * ({@link org.greenledger.chaincode.api.bond.RunProgress}). Sending it again processes the next
 * chunk after the ledger's cursor, so it never processes anyone twice; once the run is done it is
 * refused (INVALID_STATE for a record date, INVALID_TRANSITION for the issue and the redemption)
 * or, for a payment run, pays nobody. The catalog counts these transactions as replay-safe and
 * chunked ({@link Transaction#chunked()}): a client sends them again until the run is DONE.
 */
public interface ServicingChunk {
}
