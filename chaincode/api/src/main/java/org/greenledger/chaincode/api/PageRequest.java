package org.greenledger.chaincode.api;

/**
 * One page of a long listing (accounts of a custodian, movements of an asset or an account).
 *
 * @param subject  whose records: the custodian's MSP id, the asset's id or the account's id, as
 *                 the transaction says
 * @param pageSize how many records at most, from 1
 * @param bookmark where the previous page ended; empty or null for the first page
 */
public record PageRequest(String subject, int pageSize, String bookmark) implements Positional {
}
