package org.greenledger.chaincode.contract.bond;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.Entitlement;
import org.greenledger.chaincode.api.bond.EntitlementStatus;
import org.greenledger.chaincode.api.bond.Payout;
import org.greenledger.chaincode.api.bond.RunProgress;
import org.greenledger.chaincode.api.cash.DepositToken;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.asset.Assets;
import org.greenledger.chaincode.contract.asset.TokenRegister;
import org.greenledger.chaincode.contract.compliance.AssetRules;
import org.greenledger.chaincode.contract.ledger.Ledger;
import org.greenledger.chaincode.contract.movement.MovementCore;

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

    /** Pays the entitlements still due; {@code progress} is where their run stands after this transaction. */
    Payout pay(Bond bond, int period, String cashTokenId, List<Entitlement> entitlements, RunProgress progress) {
        AssetRules cash = paymentToken(ledger, bond, cashTokenId);
        Map<String, Entitlement> due = new LinkedHashMap<>();
        entitlements.stream().filter(PayingAgent::payable).forEach(e -> due.put(e.accountId(), e));
        MovementCore.PaymentRun run = new MovementCore(ledger).payOut(cash, bond.terms().issuerAccountId(),
                payments(due.values()), bond.bondId() + " period " + period);
        EntitlementBook book = new EntitlementBook(ledger);
        for (MovementCore.Payment paid : run.paid()) {
            book.save(due.get(paid.accountId()).paid(cash.assetId() + " " + ledger.txId(), ledger.now()));
        }
        List<Payout.Blocked> blocked = run.blocked().stream().map(b -> new Payout.Blocked(b.payment().accountId(),
                b.refusal().code(), b.refusal().message())).toList();
        return new Payout(bond.bondId(), period, run.paid().size(), run.totalMinor(), blocked, progress);
    }

    /** Refuses now if the issuer could not pay these entitlements; writes nothing. */
    void requirePayable(Bond bond, String cashTokenId, List<Entitlement> entitlements) {
        new MovementCore(ledger).requirePayable(paymentToken(ledger, bond, cashTokenId),
                bond.terms().issuerAccountId(), payments(entitlements.stream().filter(PayingAgent::payable).toList()));
    }

    /** Refuses now if the issuer could not pay {@code amountMinor} in all; writes nothing. */
    void requireFunds(Bond bond, String cashTokenId, long amountMinor) {
        new MovementCore(ledger).requireMayPay(paymentToken(ledger, bond, cashTokenId), bond.terms().issuerAccountId(),
                amountMinor);
    }

    private static boolean payable(Entitlement entitlement) {
        return entitlement.status() == EntitlementStatus.DUE && entitlement.totalMinor() > 0;
    }

    private static List<MovementCore.Payment> payments(Collection<Entitlement> entitlements) {
        return entitlements.stream().map(e -> new MovementCore.Payment(e.accountId(), e.totalMinor())).toList();
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
