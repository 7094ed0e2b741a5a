package org.greenledger.client.console;

import java.util.List;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.bond.Isin;

/**
 * The assets the overview and the reporting pack are narrowed to (at start, or in a page's URL);
 * when none is named they cover every bond, deposit token and registered carbon project the ledger
 * lists. Nothing about them is stored: every figure is read when a page is asked for.
 *
 * @param bonds          bonds by ISIN
 * @param depositTokens  deposit tokens by id
 * @param carbonProjects carbon projects by id
 */
public record Market(List<String> bonds, List<String> depositTokens, List<String> carbonProjects) {
    /** No assets. */
    public static final Market NONE = new Market(List.of(), List.of(), List.of());

    /**
     * Checks every id.
     *
     * @param bonds          bonds by ISIN
     * @param depositTokens  deposit tokens by id
     * @param carbonProjects carbon projects by id
     * @throws org.greenledger.chaincode.api.GreenLedgerError INVALID_ARGUMENT for an ISIN with a wrong
     *         check digit or an id the ledger cannot hold
     */
    public Market {
        bonds = List.copyOf(bonds.stream().map(b -> Isin.check("bond", b)).distinct().toList());
        depositTokens = List.copyOf(depositTokens.stream().map(t -> Check.matches("token", t, Check.ID)).distinct()
                .toList());
        carbonProjects = List.copyOf(carbonProjects.stream().map(p -> Check.matches("project", p, Check.ID))
                .distinct().toList());
    }

    /**
     * Whether no asset is named.
     *
     * @return true when all three lists are empty
     */
    public boolean isEmpty() {
        return bonds.isEmpty() && depositTokens.isEmpty() && carbonProjects.isEmpty();
    }

    /** The assets named in a page's URL ({@code bond}, {@code token}, {@code project}), else these. */
    Market or(Query query) {
        if (!query.has("bond") && !query.has("token") && !query.has("project")) {
            return this;
        }
        return new Market(query.all("bond"), query.all("token"), query.all("project"));
    }

    /** The same assets as URL parameters, to carry them from page to page. */
    String asQuery() {
        StringBuilder out = new StringBuilder();
        bonds.forEach(b -> out.append("&bond=").append(b));
        depositTokens.forEach(t -> out.append("&token=").append(t));
        carbonProjects.forEach(p -> out.append("&project=").append(p));
        return out.toString();
    }
}
