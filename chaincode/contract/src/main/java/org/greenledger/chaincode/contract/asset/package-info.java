/**
 * The catalogue of assets: the registers of bonds, deposit tokens and carbon projects, and the
 * compliance rules of each kind ({@link org.greenledger.chaincode.contract.asset.Assets}).
 */
package org.greenledger.chaincode.contract.asset;
