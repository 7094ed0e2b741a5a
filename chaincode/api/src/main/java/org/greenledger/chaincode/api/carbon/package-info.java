/**
 * The carbon credit registry: projects and their lifecycle, monitoring reports verified by a
 * VERIFIER org, credits issued by the REGISTRY as serial blocks per vintage, transfer,
 * retirement with certificates, cancellation, imports from external registries, Article 6 data.
 */
package org.greenledger.chaincode.api.carbon;
