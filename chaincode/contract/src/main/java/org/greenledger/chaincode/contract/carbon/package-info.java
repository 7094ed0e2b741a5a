/**
 * The carbon credit registry: projects, monitoring and verification, issuance in serial blocks,
 * transfer, retirement, cancellation, imports, Article 6, and the reports built from them.
 */
package org.greenledger.chaincode.contract.carbon;
