/** Green bonds: their lifecycle, subscriptions and issuance, coupons, redemption and the paying agent. */
package org.greenledger.chaincode.contract.bond;
