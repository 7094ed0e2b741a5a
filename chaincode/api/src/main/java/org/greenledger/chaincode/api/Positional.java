package org.greenledger.chaincode.api;

/**
 * A request record that travels as several transaction arguments, one per record component in
 * declaration order, instead of one JSON argument: the contract method takes them as separate
 * parameters (ids, a page size). Components are {@code String} (sent as is, null as the empty
 * string), {@code int} (sent as its decimal digits, taken by an {@code int} parameter) or an enum
 * (sent as the constant's name).
 */
public interface Positional {
}
