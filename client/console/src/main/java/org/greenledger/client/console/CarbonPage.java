package org.greenledger.client.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.greenledger.chaincode.api.carbon.Article6;
import org.greenledger.chaincode.api.carbon.CarbonProject;
import org.greenledger.chaincode.api.carbon.CreditBlock;
import org.greenledger.chaincode.api.carbon.CreditIssuance;
import org.greenledger.chaincode.api.carbon.ProjectCreditLedger;
import org.greenledger.chaincode.api.carbon.RetirementCertificate;
import org.greenledger.client.GreenLedger;

/**
 * A carbon project: its status, credits issued and retired per vintage, the retirement certificates
 * with beneficiary and purpose, and the Article 6 status that travelled with the retired and
 * cancelled units.
 */
final class CarbonPage implements Page {
    private final GreenLedger ledger;

    CarbonPage(GreenLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Response answer(Query query, Html.Reading reading) {
        Optional<String> id = query.id("project");
        String form = Html.form("/carbon", Html.input("project", "Carbon project", id.orElse(""), "project id"),
                "Show");
        if (id.isEmpty()) {
            return Response.html(Html.page("Carbon credits", "/carbon", reading, form));
        }
        CarbonProject project = ledger.carbonProjects().get(id.get());
        ProjectCreditLedger credits = ledger.credits().projectLedger(id.get());
        String body = form + Html.section("Project", Html.facts(List.of(
                new String[] {"Name", project.terms().name()},
                new String[] {"Status", project.status().toString()},
                new String[] {"Standard and methodology", project.terms().standard() + ", "
                        + project.terms().methodology()},
                new String[] {"Host country and sector", project.terms().hostCountry() + ", "
                        + project.terms().sector()},
                new String[] {"Developer account", project.terms().developerAccountId()},
                new String[] {"Validated by / registered by", nullToDash(project.validatedBy()) + " / "
                        + nullToDash(project.registeredBy())},
                new String[] {"Financed through green project", nullToDash(project.terms().greenProjectId())},
                new String[] {"Issued / buffer / retired / cancelled (tCO2e)", Html.grouped(credits.issuedUnits())
                        + " / " + Html.grouped(credits.bufferUnits()) + " / " + Html.grouped(credits.retiredUnits())
                        + " / " + Html.grouped(credits.cancelledUnits())})))
                + vintages(credits) + issuances(credits) + certificates(credits) + cancelled(credits);
        return Response.html(Html.page("Carbon project " + project.projectId(), "/carbon", reading, body));
    }

    private static String vintages(ProjectCreditLedger credits) {
        Map<Integer, long[]> byVintage = new TreeMap<>();
        for (CreditIssuance i : credits.issuances()) {
            byVintage.computeIfAbsent(i.range().vintage(), v -> new long[2])[0] += i.range().quantity();
        }
        for (RetirementCertificate r : credits.retirements()) {
            byVintage.computeIfAbsent(r.range().vintage(), v -> new long[2])[1] += r.quantityRetired();
        }
        if (byVintage.isEmpty()) {
            return Html.section("Issuance and retirement per vintage", Html.note("No credits issued yet."));
        }
        List<String> labels = byVintage.keySet().stream().map(String::valueOf).toList();
        return Html.section("Issuance and retirement per vintage", Charts.bars("vintage-chart",
                "tCO2e issued and retired per vintage", labels, List.of(
                        Charts.Series.bar("Issued", byVintage.values().stream().map(v -> v[0]).toList()),
                        Charts.Series.bar("Retired", byVintage.values().stream().map(v -> v[1]).toList()))));
    }

    private static String issuances(ProjectCreditLedger credits) {
        List<List<?>> rows = credits.issuances().stream().<List<?>>map(i -> List.of(i.issuanceId(),
                String.valueOf(i.range().vintage()), i.range().toString(), i.toAccountId(), i.deliveredUnits(), i.bufferUnits(),
                i.registryMspId(), nullToDash(i.external()), Html.time(i.at()))).toList();
        return Html.section("Issuances", Html.table(List.of("Issuance", "Vintage", "Serials", "To account",
                "Delivered", "Buffer", "Registry", "External range", "At"), rows, "No issuance."));
    }

    private static String certificates(ProjectCreditLedger credits) {
        List<List<?>> rows = credits.retirements().stream().<List<?>>map(r -> List.of(r.retirementId(),
                String.valueOf(r.range().vintage()), r.serials(), r.quantityRetired(), r.holderAccountId(), r.beneficiary(),
                r.purpose(), nullToDash(r.bondId()), article6(r.article6()), Html.time(r.retiredAt()))).toList();
        return Html.section("Retirement certificates", Html.table(List.of("Certificate", "Vintage", "Serials",
                "tCO2e", "Holder", "Beneficiary", "Purpose", "Bond claim", "Article 6", "Retired at"), rows,
                "No credit retired."));
    }

    private static String cancelled(ProjectCreditLedger credits) {
        List<List<?>> rows = new ArrayList<>();
        for (CreditBlock b : credits.cancelled()) {
            rows.add(List.of(b.range().toString(), b.quantity(), b.labels().toString(), article6(b.article6()),
                    Html.time(b.since())));
        }
        return Html.section("Cancelled (for example exported)", Html.table(List.of("Serials", "tCO2e", "Labels",
                "Article 6", "At"), rows, "No credit cancelled.")
                + Html.note("Units still held carry their Article 6 status on their blocks, which the ledger reads per"
                        + " holder account, not per project."));
    }

    static String article6(Article6 a) {
        return a == null || !a.authorized() ? "not authorized" : "authorized (" + a.letterOfAuthorization()
                + "), adjustment " + a.adjustment();
    }

    static String nullToDash(String s) {
        return s == null ? "-" : s;
    }
}
