/**
 * The compliance engine shared by every asset: the ordered {@link
 * org.greenledger.chaincode.contract.compliance.ComplianceRule rules} a movement must pass, over a
 * snapshot of {@link org.greenledger.chaincode.contract.compliance.MovementFacts facts}, and the
 * regulator's standing measures they read. It knows no product and writes no holding.
 */
package org.greenledger.chaincode.contract.compliance;
