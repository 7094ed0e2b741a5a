/**
 * The compliance engine shared by every asset: the ordered {@link
 * org.greenledger.chaincode.contract.compliance.ComplianceRule rules} a movement must pass, over a
 * snapshot of {@link org.greenledger.chaincode.contract.compliance.MovementFacts facts} read from the ledger.
 */
package org.greenledger.chaincode.contract.compliance;
