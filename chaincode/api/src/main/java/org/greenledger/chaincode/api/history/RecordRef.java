package org.greenledger.chaincode.api.history;

import org.greenledger.chaincode.api.Positional;

/**
 * One record whose committed changes the regulator reads.
 *
 * @param kind what the record is (an account, a bond, a deposit token, a green or carbon project)
 * @param id   its id
 */
public record RecordRef(RecordKind kind, String id) implements Positional {
}
