/** Bank-issued deposit tokens: the on-ledger cash leg. */
package org.greenledger.chaincode.api.cash;
