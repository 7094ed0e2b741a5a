package org.greenledger.chaincode.contract.bond;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.Entitlement;
import org.greenledger.chaincode.api.bond.EntitlementStatus;
import org.greenledger.chaincode.api.bond.Payout;
import org.greenledger.chaincode.api.cash.DepositToken;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.Sums;
import org.greenledger.chaincode.contract.cash.TokenRegister;
import org.greenledger.chaincode.contract.compliance.AssetRules;
import org.greenledger.chaincode.contract.compliance.Assets;
import org.greenledger.chaincode.contract.compliance.ComplianceRule;
import org.greenledger.chaincode.contract.compliance.MovementCheck;
import org.greenledger.chaincode.contract.compliance.Refusal;
import org.greenledger.chaincode.contract.holding.HoldingBook;
import org.greenledger.chaincode.contract.holding.Movements;
import org.greenledger.chaincode.contract.ledger.Ledger;

/**
 * Pays holders' entitlements in deposit tokens from the issuer's account. A holder the
 * compliance rules do not let the cash reach (frozen, sanctioned, KYC expired) is skipped and
 * stays DUE; the issuer's side must pass in full, or nobody is paid.
 */
final class PayingAgent {
    private final Ledger ledger;

    PayingAgent(Ledger ledger) {
        this.ledger = ledger;
    }

    Payout pay(Bond bond, int period, String cashTokenId, List<Entitlement> entitlements) {
        AssetRules cash = paymentToken(ledger, bond, cashTokenId);
        String issuerAccount = bond.terms().issuerAccountId();
        List<Entitlement> payable = new ArrayList<>();
        List<Payout.Blocked> blocked = new ArrayList<>();
        long total = 0;
        for (Entitlement due : entitlements) {
            if (due.status() != EntitlementStatus.DUE || due.totalMinor() == 0) {
                continue;
            }
            Optional<Refusal> refusal = ComplianceRule.firstReceiverRefusal(
                    MovementCheck.facts(ledger, cash, null, due.accountId(), due.totalMinor()));
            if (refusal.isPresent()) {
                blocked.add(new Payout.Blocked(due.accountId(), refusal.get().code(), refusal.get().message()));
            } else {
                payable.add(due);
                total = Sums.add("the payment run's total", total, due.totalMinor());
            }
        }
        HoldingBook holdings = new HoldingBook(ledger);
        if (total > 0) {
            MovementCheck.enforce(MovementCheck.facts(ledger, cash, issuerAccount, null, total));
            holdings.debit(cash.assetId(), issuerAccount, total);
        }
        Movements movements = new Movements(ledger);
        EntitlementBook book = new EntitlementBook(ledger);
        String reference = bond.bondId() + " period " + period;
        for (Entitlement due : payable) {
            holdings.credit(cash.assetId(), due.accountId(), due.totalMinor());
            movements.record(cash, issuerAccount, due.accountId(), due.totalMinor(), reference);
            book.save(due.paid(cash.assetId() + " " + ledger.txId(), ledger.now()));
        }
        return new Payout(bond.bondId(), period, payable.size(), total, blocked);
    }

    /** The deposit token's rules, if it is in the bond's currency; the one check of what pays for a bond. */
    static AssetRules paymentToken(Ledger ledger, Bond bond, String tokenId) {
        DepositToken token = new TokenRegister(ledger).find(tokenId)
                .orElseThrow(() -> ContractError.notFound("deposit token", tokenId));
        if (!token.currency().equals(bond.terms().currency())) {
            throw new ContractError(ErrorCode.INVALID_ARGUMENT, "bond " + bond.bondId() + " pays in "
                    + bond.terms().currency().code() + ", " + tokenId + " is " + token.currency().code());
        }
        return Assets.get(ledger, tokenId);
    }
}
