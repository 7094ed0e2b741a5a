/** Investor accounts held at custodian banks, with their KYC attestations. */
package org.greenledger.chaincode.api.account;
