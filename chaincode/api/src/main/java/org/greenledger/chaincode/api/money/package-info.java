/** Currencies and their minor units. Amounts are {@code long} minor units, never floating point. */
package org.greenledger.chaincode.api.money;
