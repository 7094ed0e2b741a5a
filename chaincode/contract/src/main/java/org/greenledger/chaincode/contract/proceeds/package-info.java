/**
 * Use of proceeds and impact: the green project register, allocations of bond proceeds, the
 * verifier's covenant flags, impact reports and their attestation, and the reports built from them.
 */
package org.greenledger.chaincode.contract.proceeds;
