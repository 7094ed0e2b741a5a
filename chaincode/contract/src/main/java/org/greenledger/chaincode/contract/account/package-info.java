/** Investor accounts and their KYC attestations. */
package org.greenledger.chaincode.contract.account;
