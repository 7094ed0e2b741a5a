package org.greenledger.chaincode.api.carbon;

import java.util.EnumSet;
import java.util.List;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;

/** The one rule for labels: ARTICLE6_AUTHORIZED goes with a letter of authorization, and only then. */
final class CreditLabels {
    private CreditLabels() {
    }

    static List<CreditLabel> of(List<CreditLabel> labels, String letterOfAuthorization) {
        Check.present("labels", labels);
        for (CreditLabel label : labels) {
            Check.present("labels", label);
        }
        EnumSet<CreditLabel> set = labels.isEmpty() ? EnumSet.noneOf(CreditLabel.class) : EnumSet.copyOf(labels);
        if (set.contains(CreditLabel.ARTICLE6_AUTHORIZED) != (letterOfAuthorization != null)) {
            throw GreenLedgerError.invalid("labels", "ARTICLE6_AUTHORIZED goes with a letter of authorization, and only then");
        }
        return List.copyOf(set);
    }
}
