package org.greenledger.chaincode.contract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.greenledger.chaincode.api.Transaction;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.junit.jupiter.api.Test;

/**
 * The API's transaction catalog ({@link Transaction}, which the SDK calls by) and the contracts
 * the chaincode registers are the same set: every entry has exactly one contract method of that
 * name in the contract registered under the entry's contract name, with the same intent and the
 * parameters its request type travels as (a String per JSON request or id, the components of a
 * positional request), and no contract method is missing from the catalog. A transaction added
 * on one side only fails here, not on the network.
 */
class TransactionCatalogTest {
    private static final Class<org.hyperledger.fabric.contract.annotation.Transaction> FABRIC_TRANSACTION =
            org.hyperledger.fabric.contract.annotation.Transaction.class;

    @Test
    void every_catalog_entry_has_its_contract_method_and_every_contract_method_its_entry() {
        Map<String, Method> methods = new TreeMap<>();
        List<String> duplicates = new ArrayList<>();
        for (Class<?> contract : contracts()) {
            String name = contract.getAnnotation(Contract.class).name();
            for (Method method : contract.getMethods()) {
                if (method.isAnnotationPresent(FABRIC_TRANSACTION)
                        && methods.put(name + ":" + method.getName(), method) != null) {
                    duplicates.add(name + ":" + method.getName());
                }
            }
        }
        assertEquals(List.of(), duplicates, "contract methods named twice");
        TreeSet<String> missingFromContracts = new TreeSet<>();
        List<String> mismatches = new ArrayList<>();
        for (Transaction<?, ?> tx : Transaction.all()) {
            Method method = methods.remove(tx.qualifiedName());
            if (method == null) {
                missingFromContracts.add(tx.qualifiedName());
            } else {
                mismatch(tx, method).ifPresent(mismatches::add);
            }
        }
        assertAll(
                () -> assertEquals(new TreeSet<>(), missingFromContracts, "catalog entries no contract serves"),
                () -> assertEquals(new TreeSet<>(), new TreeSet<>(methods.keySet()),
                        "contract methods missing from the catalog"),
                () -> assertEquals(List.of(), mismatches, "contract methods that differ from their catalog entry"));
    }

    @Test
    void the_catalog_lists_each_transaction_once() {
        List<String> names = Transaction.all().stream().map(Transaction::qualifiedName).toList();
        assertEquals(names.size(), new TreeSet<>(names).size(), "names listed twice in " + names);
        assertEquals(110, names.size(), "the chaincode's transactions");
    }

    /** What differs between an entry and its method: intent, parameters or result. */
    private static Optional<String> mismatch(Transaction<?, ?> tx, Method method) {
        var intent = method.getAnnotation(FABRIC_TRANSACTION).intent();
        var expectedIntent = tx.intent() == Transaction.Intent.SUBMIT
                ? org.hyperledger.fabric.contract.annotation.Transaction.TYPE.SUBMIT
                : org.hyperledger.fabric.contract.annotation.Transaction.TYPE.EVALUATE;
        List<Class<?>> parameters = Arrays.asList(method.getParameterTypes());
        List<Class<?>> expected = new ArrayList<>();
        expected.add(GreenLedgerContext.class);
        expected.addAll(tx.parameterTypes());
        if (intent != expectedIntent) {
            return Optional.of(tx + " is " + intent + " in its contract, " + expectedIntent + " in the catalog");
        }
        if (!parameters.equals(expected)) {
            return Optional.of(tx + " takes " + names(parameters) + ", its " + tx.requestType().getSimpleName()
                    + " travels as " + names(expected));
        }
        if (method.getReturnType() != String.class) {
            return Optional.of(tx + " returns " + method.getReturnType().getSimpleName() + ", not JSON");
        }
        return Optional.empty();
    }

    private static List<String> names(List<Class<?>> types) {
        return types.stream().map(Class::getSimpleName).toList();
    }

    private static List<Class<?>> contracts() {
        List<Class<?>> contracts = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.greenledger.chaincode.contract")) {
            if (type.isAnnotatedWith(Contract.class)) {
                contracts.add(type.reflect());
            }
        }
        assertEquals(18, contracts.size(), "the chaincode's contracts");
        return contracts;
    }
}
